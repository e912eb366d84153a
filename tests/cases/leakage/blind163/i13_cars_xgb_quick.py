import pandas as pd
import numpy as np
from xgboost import XGBRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, r2_score, mean_absolute_error

# ---- load ----
data = pd.read_csv("train.csv")
submission_rows = pd.read_csv("test.csv")
print(data.head())
print(data.dtypes)

# ---- clean ----
data = data.drop_duplicates()
data["engine_size"] = data["engine_size"].fillna(0)
data["owner_count"] = data["owner_count"].fillna(1)
data["car_age"] = 2024 - data["year"]
data = data[data["sale_price"].between(500, 250_000)]

cat_features = ["make", "model", "fuel_type", "transmission", "body_type", "region"]
for c in cat_features:
    data[c] = data[c].astype(str)
    submission_rows[c] = submission_rows[c].astype(str)

X = pd.get_dummies(data.drop(columns=["sale_price", "dealer_margin"]), columns=cat_features)
y = data["sale_price"]

# ---- split ----
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.25, random_state=42)

# ---- model ----
reg = XGBRegressor(
    n_estimators=1200,
    max_depth=7,
    learning_rate=0.03,
    subsample=0.8,
    colsample_bytree=0.6,
    reg_lambda=2.0,
    objective="reg:squarederror",
    n_jobs=-1,
)
reg.fit(X_train, y_train)

val_pred = reg.predict(X_val)
print("RMSE:", np.sqrt(mean_squared_error(y_val, val_pred)))
print("MAE :", mean_absolute_error(y_val, val_pred))
print("R2  :", r2_score(y_val, val_pred))

fi = pd.Series(reg.feature_importances_, index=X.columns).sort_values(ascending=False)
print(fi.head(20))

# ---- predict ----
submission_rows["engine_size"] = submission_rows["engine_size"].fillna(0)
submission_rows["owner_count"] = submission_rows["owner_count"].fillna(1)
submission_rows["car_age"] = 2024 - submission_rows["year"]
X_sub = pd.get_dummies(submission_rows.drop(columns=["dealer_margin"], errors="ignore"), columns=cat_features)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
reg.fit(X, y)
pd.DataFrame({"listing_id": submission_rows["listing_id"], "prediction": reg.predict(X_sub)}).to_csv(
    "predictions.csv", index=False)
print("done")
