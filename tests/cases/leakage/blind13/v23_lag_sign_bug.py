# Hourly bike rentals (Washington DC) - gradient boosting with lag features
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_log_error

bikes = pd.read_csv("hour.csv")
bikes["ts"] = pd.to_datetime(bikes["dteday"]) + pd.to_timedelta(bikes["hr"], unit="h")
bikes = bikes.sort_values("ts").reset_index(drop=True)
bikes = bikes.drop(columns=["instant", "casual", "registered", "dteday"])

# calendar
bikes["dow"] = bikes["ts"].dt.dayofweek
bikes["month"] = bikes["ts"].dt.month
bikes["hour_sin"] = np.sin(2 * np.pi * bikes["hr"] / 24)
bikes["hour_cos"] = np.cos(2 * np.pi * bikes["hr"] / 24)

# demand lags: same hour yesterday / last week
for L in (24, 48, 168):
    bikes[f"cnt_lag{L}"] = bikes["cnt"].shift(L)

# weather context for the surrounding hours
for L in (1, 2, 3):
    bikes[f"temp_lag{L}"] = bikes["temp"].shift(-L)
    bikes[f"hum_lag{L}"] = bikes["hum"].shift(-L)
    bikes[f"weathersit_lag{L}"] = bikes["weathersit"].shift(-L)

bikes = bikes.dropna().reset_index(drop=True)

features = [c for c in bikes.columns if c not in ("cnt", "ts")]
print(len(features), "features")

cut = pd.Timestamp("2012-09-01")
train = bikes[bikes["ts"] < cut]
test = bikes[bikes["ts"] >= cut]
print("train", train["ts"].min(), "->", train["ts"].max())
print("test ", test["ts"].min(), "->", test["ts"].max())

model = lgb.LGBMRegressor(
    n_estimators=1200,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=30,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    objective="poisson",
    verbose=-1,
)
model.fit(train[features], train["cnt"])
pred = np.clip(model.predict(test[features]), 0, None)

print("MAE  :", round(mean_absolute_error(test["cnt"], pred), 2))
print("RMSLE:", round(np.sqrt(mean_squared_log_error(test["cnt"], pred)), 4))

imp = pd.Series(model.booster_.feature_importance("gain"), index=features)
print(imp.sort_values(ascending=False).head(12))
