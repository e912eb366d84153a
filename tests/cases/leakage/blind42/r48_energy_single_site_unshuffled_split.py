"""Energy take-home, site 3 only: hourly load 7 days ahead.

log1p target, weekly lags, expanding mean of past load, holiday flag.
train_test_split with shuffle=False keeps the rows in time order, so the
held-out part is exactly the final 168 hours.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
site = df[df["site_id"] == 3].sort_values("timestamp").set_index("timestamp")

site["y"] = np.log1p(site["load_mw"])              # stateless transform
site["hour"] = site.index.hour
site["dow"] = site.index.dayofweek
site["lag_168"] = site["y"].shift(168)
site["lag_336"] = site["y"].shift(336)
site["exp_mean_168"] = site["y"].shift(168).expanding().mean()
site["temp_c"] = site["temp_c"].ffill()
site = pd.get_dummies(site, columns=["hour"], prefix="h", dtype=int)
HOURS = [c for c in site.columns if c.startswith("h_")]
FEATURES = HOURS + ["dow", "is_holiday", "temp_c", "lag_168", "lag_336", "exp_mean_168"]
site = site.dropna(subset=["lag_336"])

X_train, X_test, y_train, y_test = train_test_split(
    site[FEATURES], site["y"], test_size=168, shuffle=False)
assert X_train.index.max() < X_test.index.min()

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
model.fit(X_train, y_train)
pred = np.expm1(model.predict(X_test))
actual = np.expm1(y_test)
naive = np.expm1(X_test["lag_168"])  # seasonal-naive baseline

for name, f in [("seasonal-naive baseline", naive), ("gbm", pred)]:
    print(f"{name:<24} MAE {np.mean(np.abs(actual - f)):.3f}  "
          f"MAPE {100 * np.mean(np.abs(actual - f) / actual):.2f}%")
