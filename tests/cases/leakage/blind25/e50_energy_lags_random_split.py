"""Household power consumption (UCI), hourly Global_active_power."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split as tts

raw = pd.read_csv(
    "household_power_consumption.txt",
    sep=";",
    na_values=["?"],
    low_memory=False,
)
raw["ts"] = pd.to_datetime(raw["Date"] + " " + raw["Time"], dayfirst=True)
power = raw.set_index("ts")["Global_active_power"].astype(float).resample("h").mean()
power = power.ffill()

lagged = {f"gap_lag_{k}": power.shift(k) for k in (1, 2, 3, 6, 12, 24, 48, 168)}
rolling = {
    "gap_prev24_mean": power.shift(1).rolling(24).mean(),
    "gap_prev24_max": power.shift(1).rolling(24).max(),
    "gap_prev168_mean": power.shift(1).rolling(168).mean(),
}
calendar = {
    "hour": power.index.hour,
    "dow": power.index.dayofweek,
    "month": power.index.month,
}
frame = pd.DataFrame({**lagged, **rolling, **calendar}, index=power.index)
frame["target"] = power
frame = frame.dropna()

features = [c for c in frame.columns if c != "target"]
X_tr, X_te, y_tr, y_te = tts(frame[features], frame["target"], test_size=0.25, random_state=0)

forest = RandomForestRegressor(n_estimators=200, max_depth=14, min_samples_leaf=5, n_jobs=-1, random_state=0)
forest.fit(X_tr, y_tr)
pred = forest.predict(X_te)

baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
base_pred = baseline.predict(X_te)

for label, p in (("random forest", pred), ("baseline mean", base_pred), ("baseline lag-1", X_te["gap_lag_1"])):
    print(f"{label:15s} MAE {mean_absolute_error(y_te, p):.4f}  RMSE {np.sqrt(mean_squared_error(y_te, p)):.4f}")
