import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.metrics import mean_squared_error, mean_absolute_error

# ---- load ----
df = pd.read_csv("train.csv", parse_dates=["week_start", "store_open_date"])
test = pd.read_csv("test.csv", parse_dates=["week_start", "store_open_date"])
print(df.dtypes)

# ---- simple date features ----
for d in [df, test]:
    d["week"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["month"] = d["week_start"].dt.month
    d["age_weeks"] = (d["week_start"] - d["store_open_date"]).dt.days // 7

# use all numeric columns
X = df.select_dtypes("number").drop(columns=["weekly_units", "row_id", "store_id"])
y = df["weekly_units"]
print("features:", list(X.columns))

# ---- holdout: stores opened after July 2023, weeks after July 2023 ----
cut = pd.Timestamp("2023-07-01")
is_train = df["week_start"] < cut
train_stores = df.loc[is_train, "store_id"].unique()
is_hold = (~is_train) & (~df["store_id"].isin(train_stores))

X_tr, y_tr = X[is_train], y[is_train]
X_ho, y_ho = X[is_hold], y[is_hold]
print(X_tr.shape, X_ho.shape)

model = xgb.XGBRegressor(
    n_estimators=600,
    max_depth=6,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    tree_method="hist",
    random_state=0,
)
model.fit(X_tr, y_tr)
pred = model.predict(X_ho)
print("holdout RMSE:", np.sqrt(mean_squared_error(y_ho, pred)))
print("holdout MAE :", mean_absolute_error(y_ho, pred))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)

# ---- submission ----
model.fit(X, y)
test_X = test[X.columns]
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict(test_X)}).to_csv("predictions.csv", index=False)
