#!/usr/bin/env python
"""
Out-of-time evaluation for the session conversion model.

Train: sessions up to the end of September.  Test: October onwards.
A random split would mix future and past sessions, so everything here is cut
on the timestamp.  Small grid over num_leaves on an inner time window.
"""
import argparse

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["device", "traffic_source", "country", "landing_page_type"]
LEAKY = ["order_total", "payment_type"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--cutoff", default="2023-10-01")
    ap.add_argument("--inner-cutoff", default="2023-08-15")
    return ap.parse_args()


def engineer(df):
    df = df.sort_values(["visitor_id", "session_ts"]).reset_index(drop=True)
    by_v = df.groupby("visitor_id")
    df["visits_so_far"] = by_v.cumcount()
    df["hours_since_last"] = by_v["session_ts"].diff() / pd.Timedelta(hours=1)
    df["cart_adds_last_visit"] = by_v["cart_adds"].shift(1)
    df["rolling_views_3"] = by_v["product_views"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["hour"] = df["session_ts"].dt.hour
    df["month_day"] = df["session_ts"].dt.day
    df = pd.get_dummies(df, columns=CATS, dummy_na=True, dtype=float)
    return df


def feature_cols(df):
    skip = {"session_id", "visitor_id", "session_ts", "purchased", *LEAKY}
    return [c for c in df.columns if c not in skip]


def main():
    args = parse_args()
    df = pd.read_csv(args.data, parse_dates=["session_ts"])
    df = engineer(df)
    cols = feature_cols(df)

    cutoff = pd.Timestamp(args.cutoff)
    inner = pd.Timestamp(args.inner_cutoff)
    train = df[df.session_ts < cutoff]
    test = df[df.session_ts >= cutoff]
    print(f"train {train.session_ts.min():%Y-%m-%d}..{train.session_ts.max():%Y-%m-%d} n={len(train)}")
    print(f"test  {test.session_ts.min():%Y-%m-%d}..{test.session_ts.max():%Y-%m-%d} n={len(test)}")

    # inner split for tuning: also on time, inside the training window
    fit_part = train[train.session_ts < inner]
    val_part = train[train.session_ts >= inner]

    best, best_ap = None, -1
    for leaves in [15, 31, 63, 127]:
        m = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=leaves,
                               min_child_samples=40, colsample_bytree=0.8,
                               random_state=0, verbose=-1)
        m.fit(fit_part[cols], fit_part.purchased)
        ap = average_precision_score(val_part.purchased, m.predict_proba(val_part[cols])[:, 1])
        print(f"  num_leaves={leaves:<4} val AP={ap:.4f}")
        if ap > best_ap:
            best, best_ap = leaves, ap
    print("chosen num_leaves:", best)

    model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=best,
                               min_child_samples=40, colsample_bytree=0.8,
                               random_state=0, verbose=-1)
    model.fit(train[cols], train.purchased)

    prior = DummyClassifier(strategy="prior").fit(train[cols], train.purchased)
    for name, est in [("prior baseline", prior), ("lightgbm", model)]:
        p = est.predict_proba(test[cols])[:, 1]
        print(f"{name:>15}: ROC-AUC {roc_auc_score(test.purchased, p):.4f}   "
              f"PR-AUC {average_precision_score(test.purchased, p):.4f}")

    # weekly stability of the AUC on the test window
    p = model.predict_proba(test[cols])[:, 1]
    wk = test.assign(p=p).groupby(pd.Grouper(key="session_ts", freq="W"))
    print(wk.apply(lambda g: roc_auc_score(g.purchased, g.p) if g.purchased.nunique() > 1 else np.nan).round(3))


if __name__ == "__main__":
    main()
