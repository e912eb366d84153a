"""Hourly page requests for the API gateway, LightGBM with early stopping."""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error

req = pd.read_csv("gateway_requests_hourly.csv", parse_dates=["hour"]).set_index("hour").sort_index()
req = req.asfreq("h").fillna({"requests": 0})

frame = pd.DataFrame(index=req.index)
frame["requests"] = req["requests"]
frame["hod"] = frame.index.hour
frame["dow"] = frame.index.dayofweek
frame["is_release_day"] = req["release_flag"].fillna(0).astype(int)
for lag in (1, 2, 3, 24, 48, 168):
    frame[f"lag_{lag}"] = frame["requests"].shift(lag)
frame["roll_mean_6"] = frame["requests"].shift(1).rolling(6).mean()
frame["roll_mean_24"] = frame["requests"].shift(1).rolling(24).mean()
frame["roll_std_24"] = frame["requests"].shift(1).rolling(24).std()
frame = frame.dropna()

FEATURES = [c for c in frame.columns if c != "requests"]
split_ts = frame.index[-24 * 28]
train = frame[frame.index < split_ts]
holdout = frame[frame.index >= split_ts]
X_tr, y_tr = train[FEATURES], np.log1p(train["requests"])
X_ho, y_ho = holdout[FEATURES], np.log1p(holdout["requests"])

booster = lgb.LGBMRegressor(
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    verbose=-1,
)
booster.fit(
    X_tr,
    y_tr,
    eval_set=[(X_ho, y_ho)],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)
print("best iteration:", booster.best_iteration_)

pred = np.expm1(booster.predict(X_ho, num_iteration=booster.best_iteration_))
actual = holdout["requests"]
naive = holdout["lag_168"]
print(f"LightGBM  MAE {mean_absolute_error(actual, pred):10.1f}  RMSE {np.sqrt(mean_squared_error(actual, pred)):10.1f}")
print(f"baseline  MAE {mean_absolute_error(actual, naive):10.1f}  (same hour last week)")
