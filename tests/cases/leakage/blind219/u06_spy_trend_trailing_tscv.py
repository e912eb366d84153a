#!/usr/bin/env python
# SPY daily direction model: trailing-trend features, walk-forward CV
# usage: python spy_trend_cv.py --csv SPY.csv

import argparse
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import TimeSeriesSplit, cross_validate

p = argparse.ArgumentParser()
p.add_argument("--csv", default="SPY.csv")
p.add_argument("--splits", type=int, default=6)
args = p.parse_args()


def load(path):
    d = pd.read_csv(path, parse_dates=["Date"], index_col="Date")
    d = d.sort_index()
    d.columns = [c.lower().replace(" ", "_") for c in d.columns]
    return d[["open", "high", "low", "close", "adj_close", "volume"]]


def smooth(s, n):
    # trailing window only: the value on day t uses days t-n+1 .. t
    return s.rolling(n, min_periods=1).mean()


def build_features(d):
    out = pd.DataFrame(index=d.index)
    px = d["adj_close"]
    out["ret1"] = px.pct_change()
    out["ret5"] = px.pct_change(5)
    out["ret20"] = px.pct_change(20)

    for n in (5, 11, 21):
        sm = smooth(px, n)
        out[f"trend{n}"] = sm.pct_change()
        out[f"dev{n}"] = px / sm - 1

    out["vol10"] = out["ret1"].rolling(10).std()
    out["vol_ratio"] = out["vol10"] / out["ret1"].rolling(60).std()
    out["dvol"] = np.log(d["volume"]).diff()
    out["gap"] = d["open"] / d["close"].shift(1) - 1
    out["range"] = (d["high"] - d["low"]) / d["close"]
    return out


data = load(args.csv)
feat = build_features(data)
feat["y"] = (data["adj_close"].shift(-1) > data["adj_close"]).astype(int)
feat = feat.iloc[:-1].dropna()
print(feat.shape, "rows from", feat.index.min().date(), "to", feat.index.max().date())

cols = [c for c in feat.columns if c != "y"]
X, y = feat[cols], feat["y"]

tscv = TimeSeriesSplit(n_splits=args.splits, gap=1)
for i, (a, b) in enumerate(tscv.split(X)):
    print(f"fold {i}: train ..{X.index[a[-1]].date()}  test {X.index[b[0]].date()}..{X.index[b[-1]].date()}")

clfs = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000)),
    "gbm": GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                      learning_rate=0.05, subsample=0.8,
                                      random_state=1),
}

summary = {}
for name, clf in clfs.items():
    cv = cross_validate(clf, X, y, cv=tscv, scoring=["accuracy", "roc_auc", "f1"])
    summary[name] = {k.replace("test_", ""): v.mean() for k, v in cv.items() if k.startswith("test_")}
    print(name, "auc per fold:", np.round(cv["test_roc_auc"], 3))

print(pd.DataFrame(summary).T.round(3))
