#!/usr/bin/env python
"""
Session conversion -- tuning with rolling-origin folds.

Each fold trains on everything before a fold start date and validates on the
next month, keeping only visitors that had no session before the fold start
(so a visitor's history never sits on both sides).  The last month is kept as
the final test and touched once.
"""
import itertools

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["device", "traffic_source", "country", "landing_page_type"]
TARGET = "purchased"


def engineer(df):
    df = df.sort_values(["visitor_id", "session_ts"]).reset_index(drop=True)
    by_v = df.groupby("visitor_id")
    df["visits_so_far"] = by_v.cumcount()
    df["hours_since_last"] = by_v["session_ts"].diff() / pd.Timedelta(hours=1)
    df["cart_adds_last_visit"] = by_v["cart_adds"].shift(1)
    df["hour"] = df["session_ts"].dt.hour
    df["month_day"] = df["session_ts"].dt.day
    df = pd.get_dummies(df, columns=CATS, dtype=float)
    return df


def time_group_folds(frame, starts, horizon="30D"):
    """Positional (train_idx, valid_idx) pairs: past -> next window, unseen visitors only."""
    ts = frame["session_ts"].to_numpy()
    folds = []
    for start in starts:
        start = np.datetime64(pd.Timestamp(start))
        end = start + np.timedelta64(pd.Timedelta(horizon))
        tr = ts < start
        seen = frame.loc[tr, "visitor_id"].unique()
        va = (ts >= start) & (ts < end) & ~frame["visitor_id"].isin(seen).to_numpy()
        folds.append((np.flatnonzero(tr), np.flatnonzero(va)))
    return folds


df = engineer(pd.read_csv("train.csv", parse_dates=["session_ts"]))
features = [c for c in df.columns
            if c not in {"session_id", "visitor_id", "session_ts", TARGET, "order_total", "payment_type"}]

test_start = pd.Timestamp("2023-12-01")
dev = df[df.session_ts < test_start].reset_index(drop=True)
test = df[(df.session_ts >= test_start) & ~df.visitor_id.isin(dev.visitor_id)]
print(f"dev rows {len(dev)}, final test rows {len(test)} ({test.visitor_id.nunique()} new visitors)")

folds = time_group_folds(dev, ["2023-08-01", "2023-09-01", "2023-10-01", "2023-11-01"])
for i, (a, b) in enumerate(folds):
    print(f"fold {i}: train={len(a)} valid={len(b)}")

grid = {
    "num_leaves": [15, 31, 63],
    "min_child_samples": [20, 100],
    "learning_rate": [0.03, 0.06],
}
results = []
for leaves, mcs, lr in itertools.product(*grid.values()):
    aps = []
    for tr_idx, va_idx in folds:
        m = lgb.LGBMClassifier(n_estimators=400, num_leaves=leaves, min_child_samples=mcs,
                               learning_rate=lr, colsample_bytree=0.8, random_state=1, verbose=-1)
        m.fit(dev.iloc[tr_idx][features], dev.iloc[tr_idx][TARGET])
        p = m.predict_proba(dev.iloc[va_idx][features])[:, 1]
        aps.append(average_precision_score(dev.iloc[va_idx][TARGET], p))
    results.append({"num_leaves": leaves, "min_child_samples": mcs, "learning_rate": lr,
                    "cv_ap": np.mean(aps), "cv_ap_std": np.std(aps)})

cv_table = pd.DataFrame(results).sort_values("cv_ap", ascending=False)
print(cv_table.head(8).round(4).to_string(index=False))
best = cv_table.iloc[0].to_dict()
best_params = dict(num_leaves=int(best["num_leaves"]), min_child_samples=int(best["min_child_samples"]),
                   learning_rate=float(best["learning_rate"]))
print("best params:", best_params)

final = lgb.LGBMClassifier(n_estimators=400, colsample_bytree=0.8, random_state=1, verbose=-1, **best_params)
final.fit(dev[features], dev[TARGET])
dummy = DummyClassifier(strategy="prior").fit(dev[features], dev[TARGET])

p_test = final.predict_proba(test[features])[:, 1]
p_dummy = dummy.predict_proba(test[features])[:, 1]
print("\n=== final test (December, new visitors) ===")
print(f"prior baseline  ROC-AUC {roc_auc_score(test[TARGET], p_dummy):.4f}  PR-AUC {average_precision_score(test[TARGET], p_dummy):.4f}")
print(f"lightgbm        ROC-AUC {roc_auc_score(test[TARGET], p_test):.4f}  PR-AUC {average_precision_score(test[TARGET], p_test):.4f}")
