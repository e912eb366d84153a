"""Parking garage occupancy, 30 minutes ahead
Sensor feed of one multi-storey garage (15-minute readings). Target: occupancy rate in 30 min.
The feed has outages; gaps are carried forward from the last reading (no look-ahead).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
feed = pd.read_csv("data/garage_feed.csv", parse_dates=["timestamp"])
feed = feed.sort_values("timestamp").set_index("timestamp")
feed = feed[~feed.index.duplicated()].asfreq("15min")
print(feed.shape, feed.isna().mean().round(3).to_dict())

sensor_cols = ["occupied", "entries", "exits", "temp_c"]
feed[sensor_cols] = feed[sensor_cols].ffill(limit=8)
feed["capacity"] = feed["capacity"].ffill()
feed["occ_rate"] = feed["occupied"] / feed["capacity"]

def build(feed, horizon=2):
    f = pd.DataFrame(index=feed.index)
    f["occ_now"] = feed["occ_rate"]
    for l in (1, 2, 4, 96):
        f[f"occ_lag{l}"] = feed["occ_rate"].shift(l)
    f["net_flow_1h"] = (feed["entries"] - feed["exits"]).shift(1).rolling(4).sum()
    f["occ_roll_mean_2h"] = feed["occ_rate"].shift(1).rolling(8).mean()
    f["slot"] = feed.index.hour * 4 + feed.index.minute // 15
    f["dow"] = feed.index.dayofweek
    f["is_weekend"] = np.where(f["dow"] >= 5, 1, 0)
    f["temp_c"] = feed["temp_c"]
    f["event_day"] = feed["event_flag"].fillna(0)
    f["target"] = feed["occ_rate"].shift(-horizon)   # value 30 minutes ahead
    return f.dropna()


data = build(feed)
print(data.shape)
cut = pd.Timestamp("2024-03-01")
train, test = data[data.index < cut], data[data.index >= cut]
X_tr, y_tr = train.drop(columns="target"), train["target"]
X_te, y_te = test.drop(columns="target"), test["target"]
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
cv = cross_val_score(model, X_tr, y_tr, cv=TimeSeriesSplit(n_splits=5, gap=96),
                     scoring="neg_mean_absolute_error")
print("time-series CV MAE", round(-cv.mean(), 4))
model.fit(X_tr, y_tr)
pred = model.predict(X_te).clip(0, 1)
print("MAE (rate)", round(mean_absolute_error(y_te, pred), 4))
print("persistence MAE", round(mean_absolute_error(y_te, X_te["occ_now"]), 4))
