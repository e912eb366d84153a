import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_percentage_error

load = pd.read_csv("pjm_hourly_load.csv", parse_dates=["datetime"])
load = load.sort_values("datetime").reset_index(drop=True)
load["hour"] = load["datetime"].dt.hour
load["dow"] = load["datetime"].dt.dayofweek
load["month"] = load["datetime"].dt.month
for lag in (1, 2, 3, 24, 168):
    load[f"lag_{lag}"] = load["mw"].shift(lag)
load["roll_24"] = load["mw"].shift(1).rolling(24).mean()
load = load.dropna()

features = [c for c in load.columns if c not in ("datetime", "mw")]
X_train, X_test, y_train, y_test = train_test_split(load[features], load["mw"], test_size=0.2, random_state=42)
model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63)
model.fit(X_train, y_train)
print("MAPE", mean_absolute_percentage_error(y_test, model.predict(X_test)))
