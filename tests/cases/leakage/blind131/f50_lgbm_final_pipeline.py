#!/usr/bin/env python
"""Churn snapshots - final submission.

Design
------
* Features: current snapshot + per-customer history built only from earlier snapshots
  (lags, month-over-month deltas, expanding means of past months). No label-derived features,
  leaky columns from task.json are dropped.
* Validation mimics test.csv: customers not used for training, months after the training window.
  Baseline for comparison: DummyClassifier(prior) and a one-feature heuristic (days since last login).
* Submission: refit on all of train.csv, predict test.csv.
"""
import json
import sys

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CFG = json.load(open("task.json"))
TARGET = CFG["target"]
TIME = CFG["time_column"]
GROUP = CFG["group_column"]
ID = CFG["id_column"]
LEAKY = CFG.get("leaky_columns", [])
CUTOFF = pd.Timestamp("2024-07-01")
SEED = 50


def add_history(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values([GROUP, TIME]).copy()
    g = frame.groupby(GROUP, sort=False)
    for col in ["logins_30d", "support_tickets_30d", "days_since_last_login", "monthly_charges"]:
        frame[f"{col}_lag1"] = g[col].shift(1)
        frame[f"{col}_delta"] = frame[col] - frame[f"{col}_lag1"]
        frame[f"{col}_pastmean"] = g[col].transform(lambda s: s.shift(1).expanding().mean())
    frame["months_seen"] = g.cumcount()
    frame["discount_changed"] = g["has_discount"].transform(lambda s: s.astype(int).diff().abs()).fillna(0)
    frame["has_discount"] = frame["has_discount"].astype(int)
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    return frame


def main() -> int:
    train = add_history(pd.read_csv("train.csv", parse_dates=[TIME]))
    test = add_history(pd.read_csv("test.csv", parse_dates=[TIME]))
    test["plan"] = pd.Categorical(test["plan"], categories=train["plan"].cat.categories)
    test["region"] = pd.Categorical(test["region"], categories=train["region"].cat.categories)

    features = [c for c in train.columns if c not in {TARGET, TIME, GROUP, ID, *LEAKY}]
    print(f"{len(features)} features")

    customers = np.sort(train[GROUP].unique())
    rng = np.random.default_rng(SEED)
    holdout = set(rng.choice(customers, size=len(customers) // 5, replace=False))
    in_hold = train[GROUP].isin(holdout)
    fit = train[~in_hold & (train[TIME] < CUTOFF)]
    val = train[in_hold & (train[TIME] >= CUTOFF)]
    print(f"fit rows {len(fit)}, validation rows {len(val)}, validation churn rate {val[TARGET].mean():.3%}")

    params = dict(n_estimators=700, learning_rate=0.02, num_leaves=31, min_child_samples=50,
                  subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
                  random_state=SEED, verbose=-1)
    model = lgb.LGBMClassifier(**params).fit(fit[features], fit[TARGET])
    p = model.predict_proba(val[features])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(fit[features], fit[TARGET])
    scores = {
        "dummy_prior": dummy.predict_proba(val[features])[:, 1],
        "heuristic_days_since_login": val["days_since_last_login"].fillna(999).values,
        "lightgbm": p,
    }
    for name, s in scores.items():
        print(f"{name:28s} AUC {roc_auc_score(val[TARGET], s):.4f}  AP {average_precision_score(val[TARGET], s):.4f}")

    final = lgb.LGBMClassifier(**params).fit(train[features], train[TARGET])
    out = pd.DataFrame({ID: test[ID].values, "prediction": final.predict_proba(test[features])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "rows to predictions.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
