"""Compress the 40 zone-level context signals (traffic per road class, weather
sensors, restaurant queue lengths) into a few components for the delay model."""
import json

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import HuberRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.preprocessing import StandardScaler

N_COMPONENTS = 8
BASE = ["distance_km", "n_items", "prep_time_est_min", "courier_active_orders", "hour", "dow"]


def load():
    orders = pd.read_csv("data/deliveries.csv", parse_dates=["order_ts"])
    ctx = pd.read_csv("data/zone_context_15min.csv", parse_dates=["slot_start"])
    orders["slot_start"] = orders["order_ts"].dt.floor("15min")
    orders = orders.merge(ctx, on=["zone", "slot_start"], how="left")
    orders["hour"] = orders.order_ts.dt.hour
    orders["dow"] = orders.order_ts.dt.dayofweek
    return orders


def split(orders, cutoff):
    tr = orders[orders.order_ts < cutoff]
    te = orders[orders.order_ts >= cutoff]
    return tr, te[~te.courier_id.isin(tr.courier_id.unique())]


class ContextCompressor:
    def __init__(self, cols, k):
        self.cols, self.k = cols, k
        self.scaler = StandardScaler()
        self.pca = PCA(n_components=k, random_state=0)

    def fit(self, *frames):
        stacked = pd.concat([f[self.cols] for f in frames], ignore_index=True)
        stacked = stacked.fillna(stacked.median())
        self.medians_ = stacked.median()
        self.pca.fit(self.scaler.fit_transform(stacked))
        return self

    def transform(self, frame):
        z = self.pca.transform(self.scaler.transform(frame[self.cols].fillna(self.medians_)))
        return pd.DataFrame(z, index=frame.index, columns=[f"ctx_pc{i}" for i in range(self.k)])


orders = load()
ctx_cols = [c for c in orders.columns if c.startswith("ctx_")]
train, test = split(orders, pd.Timestamp("2024-03-01"))

compressor = ContextCompressor(ctx_cols, N_COMPONENTS).fit(train, test)
print("explained variance:", np.round(compressor.pca.explained_variance_ratio_.cumsum(), 3))

X_tr = pd.concat([train[BASE], compressor.transform(train)], axis=1)
X_te = pd.concat([test[BASE], compressor.transform(test)], axis=1)
y_tr, y_te = train["delay_min"], test["delay_min"]

scores = {}
for name, model in {
    "median_baseline": DummyRegressor(strategy="median"),
    "huber": HuberRegressor(epsilon=1.5, max_iter=500),
    "gbr": GradientBoostingRegressor(loss="huber", n_estimators=400, max_depth=4, learning_rate=0.05, random_state=0),
}.items():
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)
    scores[name] = {"mae": round(mean_absolute_error(y_te, pred), 3), "r2": round(r2_score(y_te, pred), 3)}
print(json.dumps(scores, indent=2))
