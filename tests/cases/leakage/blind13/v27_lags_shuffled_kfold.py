"""Daily web traffic (sessions) model with lag features, random forest.

site_sessions.csv: date, sessions, newsletter_sent (0/1), ad_spend
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_predict, cross_val_score

ts = pd.read_csv("site_sessions.csv", parse_dates=["date"]).sort_values("date")
ts = ts.set_index("date")
ts["log_sessions"] = np.log(ts["sessions"])

for lag in (1, 2, 7, 14, 28):
    ts[f"lag_{lag}"] = ts["log_sessions"].shift(lag)
ts["roll_mean_7"] = ts["log_sessions"].shift(1).rolling(7).mean()
ts["roll_max_28"] = ts["log_sessions"].shift(1).rolling(28).max()
ts["spend_lag1"] = ts["ad_spend"].shift(1)
ts["dow"] = ts.index.dayofweek
ts["is_month_start"] = ts.index.is_month_start.astype(int)
ts = ts.dropna()

feats = [c for c in ts.columns if c.startswith(("lag_", "roll_"))] + [
    "spend_lag1", "newsletter_sent", "dow", "is_month_start"]
X, y = ts[feats], ts["log_sessions"]

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.5, n_jobs=-1, random_state=0)
kf = KFold(n_splits=5, shuffle=True, random_state=0)
r2 = cross_val_score(rf, X, y, cv=kf, scoring="r2")
mae = -cross_val_score(rf, X, y, cv=kf, scoring="neg_mean_absolute_error")
print("R2 :", r2.round(3), "mean", r2.mean().round(3))
print("MAE:", mae.round(3), "mean", mae.mean().round(3))

oof = cross_val_predict(rf, X, y, cv=kf)
plt.figure(figsize=(12, 3))
plt.plot(y.index, np.exp(y), lw=0.6, label="sessions")
plt.plot(y.index, np.exp(oof), lw=0.6, label="CV prediction")
plt.legend()
plt.tight_layout()
plt.savefig("cv_fit.png")
