"""evaluate.py - walk-forward evaluation of the ETF next-day direction model.

Features only use bars up to and including day t; the label `up_next_day`
refers to day t+1. Evaluation is walk-forward (TimeSeriesSplit) with a 5-day
gap between the training window and each test window.
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATURES = ["ret_1", "ret_5", "ret_20", "vol_20", "range", "vol_z", "rsi_14"]


def build(path):
    df = pd.read_csv(path, parse_dates=["date"]).sort_values("date").set_index("date")
    ret = df["close"].pct_change()
    df["ret_1"] = ret
    df["ret_5"] = df["close"].pct_change(5)
    df["ret_20"] = df["close"].pct_change(20)
    df["vol_20"] = ret.rolling(20).std()
    df["range"] = (df["high"] - df["low"]) / df["close"]
    vol_mean = df["volume"].rolling(20).mean()
    vol_std = df["volume"].rolling(20).std()
    df["vol_z"] = (df["volume"] - vol_mean) / vol_std
    delta = df["close"].diff()
    gain = delta.clip(lower=0).rolling(14).mean()
    loss = (-delta.clip(upper=0)).rolling(14).mean()
    df["rsi_14"] = 100 - 100 / (1 + gain / loss)
    return df.dropna(subset=FEATURES + ["up_next_day"])


def walk_forward(model_factory, X, y, n_splits, gap):
    tscv = TimeSeriesSplit(n_splits=n_splits, gap=gap)
    accs, aucs = [], []
    for tr, te in tscv.split(X):
        m = model_factory()
        m.fit(X.iloc[tr], y.iloc[tr])
        p = m.predict_proba(X.iloc[te])[:, 1]
        accs.append(accuracy_score(y.iloc[te], (p >= 0.5).astype(int)))
        aucs.append(roc_auc_score(y.iloc[te], p))
    return {"accuracy": float(np.mean(accs)), "roc_auc": float(np.mean(aucs))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--splits", type=int, default=6)
    ap.add_argument("--gap", type=int, default=5)
    args = ap.parse_args()

    df = build(args.data)
    X, y = df[FEATURES], df["up_next_day"].astype(int)

    factories = {
        "baseline_majority": lambda: DummyClassifier(strategy="most_frequent"),
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.5)),
        "gbm": lambda: GradientBoostingClassifier(n_estimators=200, max_depth=2, learning_rate=0.05, random_state=0),
    }
    results = {name: walk_forward(f, X, y, args.splits, args.gap) for name, f in factories.items()}
    print(json.dumps(results, indent=2))
    with open("walk_forward_metrics.json", "w") as fh:
        json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main()
