#!/usr/bin/env python3
"""Hourly kWh per building: gradient boosting on the provided columns plus
calendar features, log1p target.

Evaluation: 20% of buildings held out and scored on Q4 only; the model is fitted
on the other buildings' Q1-Q3 readings. Baseline: per (primary use, hour of
week) mean of log load from the fitting rows.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

TARGET = "kwh"
NOT_FEATURES = {TARGET, "reading_id", "building_id", "timestamp", "primary_use"}
rng = np.random.default_rng(39)

train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(train.shape, test.shape)
print(train.head())
print(train.describe().T.round(2))

USE_ORDER = ["Education", "Office", "Lodging/residential", "Entertainment/public assembly",
             "Public services", "Healthcare", "Retail", "Warehouse/storage", "Parking",
             "Manufacturing/industrial", "Food sales and service", "Other"]


def add_calendar(d):
    d = d.copy()
    d["hour"] = d["timestamp"].dt.hour
    d["dayofweek"] = d["timestamp"].dt.dayofweek
    d["dayofyear"] = d["timestamp"].dt.dayofyear
    d["is_weekend"] = (d["dayofweek"] >= 5).astype(int)
    d["use_code"] = d["primary_use"].map({u: i for i, u in enumerate(USE_ORDER)}).fillna(len(USE_ORDER))
    return d


tr_df = add_calendar(train)
te_df = add_calendar(test)
FEATURES = [c for c in tr_df.columns if c not in NOT_FEATURES]
print("features:", FEATURES)

X = tr_df[FEATURES].to_numpy(dtype=float)
y = np.log1p(tr_df[TARGET].to_numpy(dtype=float))

b = tr_df["building_id"].to_numpy()
uniq = np.unique(b)
held = rng.choice(uniq, size=len(uniq) // 5, replace=False)
q4 = (tr_df["timestamp"] >= "2016-10-01").to_numpy()
fit_idx = np.flatnonzero(~np.isin(b, held) & ~q4)
ev_idx = np.flatnonzero(np.isin(b, held) & q4)
assert np.intersect1d(b[fit_idx], b[ev_idx]).size == 0
print(f"fit {fit_idx.size:,} rows / eval {ev_idx.size:,} rows")

hgb = HistGradientBoostingRegressor(max_iter=450, learning_rate=0.06, max_leaf_nodes=50,
                                    min_samples_leaf=250, l2_regularization=0.5,
                                    random_state=39)
hgb.fit(X[fit_idx], y[fit_idx])
pe = hgb.predict(X[ev_idx])
ye = y[ev_idx]

how = (tr_df["dayofweek"] * 24 + tr_df["hour"]).to_numpy()
key = tr_df["use_code"].astype(int).astype(str).to_numpy() + "_" + how.astype(str)
prof = pd.Series(y[fit_idx]).groupby(key[fit_idx]).mean()
pb = pd.Series(key[ev_idx]).map(prof).fillna(y[fit_idx].mean()).to_numpy()


def rmsle(a, p):
    return float(np.sqrt(np.mean((a - p) ** 2)))


print("RMSLE  baseline (use x hour-of-week mean): %.4f" % rmsle(ye, pb))
print("RMSLE  gradient boosting:                  %.4f" % rmsle(ye, pe))

# building-cluster bootstrap for the difference
eb = b[ev_idx]
members = {k: np.flatnonzero(eb == k) for k in np.unique(eb)}
names = np.array(list(members))
delta = []
for _ in range(400):
    ix = np.concatenate([members[k] for k in rng.choice(names, names.size)])
    delta.append(rmsle(ye[ix], pe[ix]) - rmsle(ye[ix], pb[ix]))
lo, hi = np.percentile(delta, [2.5, 97.5])
print(f"delta RMSLE (model - baseline) 95% CI: [{lo:.4f}, {hi:.4f}]")

per_b = pd.DataFrame({"b": eb, "se": (ye - pe) ** 2}).groupby("b")["se"].mean() ** 0.5
print("worst buildings:\n", per_b.sort_values(ascending=False).head(5).round(3))

final = HistGradientBoostingRegressor(max_iter=450, learning_rate=0.06, max_leaf_nodes=50,
                                      min_samples_leaf=250, l2_regularization=0.5,
                                      random_state=39).fit(X, y)
pt = np.expm1(final.predict(te_df[FEATURES].to_numpy(dtype=float))).clip(min=0)
pd.DataFrame({"reading_id": test["reading_id"], "prediction": pt}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
