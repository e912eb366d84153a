"""Building appliance energy (10-min resolution) from indoor sensors.

Sensor export has gaps (gateway drops); fill them, add lags, train on the
first 4 months and test on the last month.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

raw = pd.read_csv("energydata_complete.csv", parse_dates=["date"])
raw = raw.sort_values("date").set_index("date")
print(raw.shape, raw.index.min(), raw.index.max())

sensor_cols = [c for c in raw.columns if c.startswith(("T", "RH_")) and c not in ("Tdewpoint",)]
outdoor = ["T_out", "RH_out", "Press_mm_hg", "Windspeed", "Visibility", "Tdewpoint"]

print("missing share per column:")
print(raw[sensor_cols + outdoor].isna().mean().sort_values(ascending=False).head())

# gaps are short, take the next valid reading
df = raw.copy()
df[sensor_cols + outdoor] = df[sensor_cols + outdoor].bfill()

df["log_app"] = np.log1p(df["Appliances"])
df["app_lag1"] = df["log_app"].shift(1)
df["app_lag6"] = df["log_app"].shift(6)
df["app_lag144"] = df["log_app"].shift(144)
df["tod"] = df.index.hour * 6 + df.index.minute // 10
df["weekend"] = (df.index.dayofweek >= 5).astype(int)
df = df.dropna()

features = sensor_cols + outdoor + ["app_lag1", "app_lag6", "app_lag144", "tod", "weekend", "lights"]

cut = df.index.max() - pd.Timedelta(days=30)
train, test = df[df.index <= cut], df[df.index > cut]

rf = RandomForestRegressor(n_estimators=400, max_features=0.33, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(train[features], train["log_app"])
pred = rf.predict(test[features])

print("RF          MAE (Wh):", mean_absolute_error(test["Appliances"], np.expm1(pred)).round(2),
      " R2(log):", r2_score(test["log_app"], pred).round(3))
# persistence: value 10 minutes earlier
persist = np.expm1(test["app_lag1"])
print("persistence MAE (Wh):", mean_absolute_error(test["Appliances"], persist).round(2),
      " R2(log):", r2_score(test["log_app"], test["app_lag1"]).round(3))
