#!/usr/bin/env python
# SPY daily direction model: smoothed-trend features + logistic regression / GBM
# usage: python spy_trend.py --csv SPY.csv

import argparse
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score

p = argparse.ArgumentParser()
p.add_argument("--csv", default="SPY.csv")
p.add_argument("--test-frac", type=float, default=0.2)
args = p.parse_args()


def load(path):
    d = pd.read_csv(path, parse_dates=["Date"], index_col="Date")
    d = d.sort_index()
    d.columns = [c.lower().replace(" ", "_") for c in d.columns]
    return d[["open", "high", "low", "close", "adj_close", "volume"]]


def smooth(s, n):
    # noise-free price path, otherwise the slope features are all over the place
    return s.rolling(n, center=True, min_periods=1).mean()


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
n_test = int(len(feat) * args.test_frac)
train, test = feat.iloc[:-n_test], feat.iloc[-n_test:]
print("train", train.index.min().date(), "-", train.index.max().date())
print("test ", test.index.min().date(), "-", test.index.max().date())

X_tr, y_tr = train[cols], train["y"]
X_te, y_te = test[cols], test["y"]

clfs = [
    ("logreg", make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))),
    ("gbm", GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                       learning_rate=0.05, subsample=0.8,
                                       random_state=1)),
]

for name, clf in clfs:
    clf.fit(X_tr, y_tr)
    prob = clf.predict_proba(X_te)[:, 1]
    hat = (prob >= 0.5).astype(int)
    print(f"{name:7s} acc={accuracy_score(y_te, hat):.3f} "
          f"auc={roc_auc_score(y_te, prob):.3f} f1={f1_score(y_te, hat):.3f}")

# quick look at which features the linear model leans on
lr = clfs[0][1][-1]
coef = pd.Series(lr.coef_[0], index=cols).sort_values()
print(coef.round(3))
