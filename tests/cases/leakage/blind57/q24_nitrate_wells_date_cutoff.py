# Nitrate take-home - LightGBM with a date-based validation cut.
#
# Sampling campaigns run 2009-2022. I validate on the most recent campaigns
# (2019 onwards) and train on everything before, which is how a monitoring
# agency would use the model.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

CUTOFF = pd.Timestamp("2019-01-01")

df = pd.read_csv("train.csv", parse_dates=["sample_date"])
test = pd.read_csv("test.csv", parse_dates=["sample_date"])
print(df.sample_date.min(), "->", df.sample_date.max())
print(df.groupby(df.sample_date.dt.year).size())

cat_cols = ["aquifer", "land_use", "soil_drainage"]
num_cols = ["lat", "lon", "well_depth_m", "screen_top_m", "pct_cropland_1km",
            "pct_urban_1km", "dist_stream_m", "ec_us_cm", "ph", "do_mg_l", "temp_c"]


def build(d):
    X = d[num_cols].copy()
    X["log_depth"] = np.log1p(d.well_depth_m)
    X["month"] = d.sample_date.dt.month
    X["drain_x_crop"] = d.pct_cropland_1km * d.soil_drainage.map(
        {"very poor": 0, "poor": 1, "moderate": 2, "well": 3, "excessive": 4}).fillna(2)
    return pd.concat([X, pd.get_dummies(d[cat_cols], dtype=int)], axis=1)


X_all = build(df)
X_sub = build(test).reindex(columns=X_all.columns, fill_value=0)
y_all = np.log1p(df.nitrate_mg_l)

is_train = df.sample_date < CUTOFF
X_tr, y_tr = X_all[is_train], y_all[is_train]
X_va, y_va = X_all[~is_train], y_all[~is_train]
print(f"train {len(X_tr)} samples / {df[is_train].well_id.nunique()} wells,"
      f" valid {len(X_va)} samples / {df[~is_train].well_id.nunique()} wells")

model = lgb.LGBMRegressor(n_estimators=1000, learning_rate=0.02, num_leaves=31,
                          min_child_samples=30, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.8, reg_lambda=1.0, verbose=-1, random_state=8)
model.fit(X_tr, y_tr)

pred = np.expm1(model.predict(X_va))
obs = np.expm1(y_va)
print(f"valid RMSE {mean_squared_error(obs, pred) ** 0.5:.2f} mg/L")
print(f"valid MAE  {mean_absolute_error(obs, pred):.2f} mg/L")
print(f"valid R2   {r2_score(obs, pred):.3f}")

exceed_obs = obs > 10
exceed_pred = pred > 10
print("MCL exceedance hit rate:", (exceed_pred[exceed_obs]).mean().round(3))

model.fit(X_all, y_all)
pd.DataFrame({"sample_id": test.sample_id, "prediction": np.expm1(model.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
