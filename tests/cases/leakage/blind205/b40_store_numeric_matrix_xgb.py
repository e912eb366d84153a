# Store demand -- XGBoost on a numeric matrix.
# Notebook export; intermediate attempts kept (v1, v2), final model is v3.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["week"])
df_test = pd.read_csv("test.csv", parse_dates=["week"])
print(df.shape, df_test.shape)
print(df.info())
print(df.describe().round(2))

# ------------------------------------------------------------------ calendar + lags
df = df.sort_values(["store_id", "dept_id", "week"]).reset_index(drop=True)
ser = df.groupby(["store_id", "dept_id"])["units_sold"]
df["year"] = df["week"].dt.year
df["woy"] = df["week"].dt.isocalendar().week.astype(int)
df["lag_1"] = ser.shift(1)
df["lag_2"] = ser.shift(2)
df["lag_4"] = ser.shift(4)
df["lag_52"] = ser.shift(52)
df["rmean_4"] = ser.transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
df["rmean_12"] = ser.transform(lambda s: s.shift(1).rolling(12, min_periods=1).mean())
df["promo_x_lag1"] = df["promo"] * df["lag_1"]
df["discount"] = 1 - df["price"] / df.groupby(["store_id", "dept_id"])["price"].transform(lambda s: s.shift(1).cummax())
df = df[df["lag_4"].notna()].reset_index(drop=True)

# ------------------------------------------------------------------ split on time: last 10 weeks held out
split_week = df["week"].sort_values().unique()[-10]
train = df[df["week"] < split_week]
valid = df[df["week"] >= split_week]
print("train", train["week"].min().date(), train["week"].max().date(), len(train))
print("valid", valid["week"].min().date(), valid["week"].max().date(), len(valid))

X_cols = train.select_dtypes("number").columns.drop("units_sold").tolist()
print(X_cols)
X_train, y_train = train[X_cols], train["units_sold"]
X_valid, y_valid = valid[X_cols], valid["units_sold"]


def evaluate(tag, y, p):
    return {"model": tag, "mae": mean_absolute_error(y, p), "rmse": np.sqrt(mean_squared_error(y, p)), "r2": r2_score(y, p)}


rows = []

# v1
model = xgb.XGBRegressor(n_estimators=300, max_depth=6, learning_rate=0.1, random_state=0)
model.fit(X_train, y_train)
rows.append(evaluate("xgb v1", y_valid, model.predict(X_valid)))

# v2 - poisson objective (counts)
model = xgb.XGBRegressor(objective="count:poisson", n_estimators=600, max_depth=6, learning_rate=0.05,
                         subsample=0.8, colsample_bytree=0.8, random_state=0)
model.fit(X_train, y_train)
rows.append(evaluate("xgb v2 poisson", y_valid, model.predict(X_valid)))

# v3 - poisson, shallower, more regularised
model = xgb.XGBRegressor(objective="count:poisson", n_estimators=900, max_depth=5, learning_rate=0.03,
                         subsample=0.8, colsample_bytree=0.7, min_child_weight=5, reg_lambda=5.0, random_state=0)
model.fit(X_train, y_train)
pred_v3 = model.predict(X_valid)
rows.append(evaluate("xgb v3 poisson reg", y_valid, pred_v3))

print(pd.DataFrame(rows).round(3).to_string(index=False))

imp = pd.Series(model.feature_importances_, index=X_cols).sort_values(ascending=False)
print(imp.round(4))

err = valid.assign(pred=pred_v3, ae=lambda d: (d["units_sold"] - d["pred"]).abs())
print(err.groupby("week")[["units_sold", "pred", "ae"]].mean().round(2))

# ------------------------------------------------------------------ final
full = pd.concat([df.drop(columns=[c for c in df.columns if c not in df_test.columns and c != "units_sold"]),
                  df_test], ignore_index=True)
full = full.sort_values(["store_id", "dept_id", "week"]).reset_index(drop=True)
ser = full.groupby(["store_id", "dept_id"])["units_sold"]
full["year"] = full["week"].dt.year
full["woy"] = full["week"].dt.isocalendar().week.astype(int)
full["lag_1"] = ser.shift(1)
full["lag_2"] = ser.shift(2)
full["lag_4"] = ser.shift(4)
full["lag_52"] = ser.shift(52)
full["rmean_4"] = ser.transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
full["rmean_12"] = ser.transform(lambda s: s.shift(1).rolling(12, min_periods=1).mean())
full["promo_x_lag1"] = full["promo"] * full["lag_1"]
full["discount"] = 1 - full["price"] / full.groupby(["store_id", "dept_id"])["price"].transform(lambda s: s.shift(1).cummax())

model.fit(df[X_cols], df["units_sold"])
to_score = full[full["row_id"].isin(df_test["row_id"])]
pd.DataFrame({"row_id": to_score["row_id"], "prediction": model.predict(to_score[X_cols])}).to_csv("predictions.csv", index=False)
