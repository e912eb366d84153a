#!/usr/bin/env python3
"""Train the plan-downgrade model and write predictions.csv.

Evaluation protocol (printed at the end):
  * holdout = the last `--holdout-months` snapshot months,
  * restricted to accounts with no snapshot before the holdout window,
  * features for a month only use that month and earlier months of the same account.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "downgraded_next_month"
ACCOUNT = "account_id"
MONTH = "snapshot_month"
LEAKY = ["next_plan_code", "retention_offer_made"]
CATS = ["plan_tier", "region", "contract_type", "autopay"]
LAGGED = ["data_used_gb", "monthly_fee", "support_tickets", "overage_charges", "dropped_call_pct", "voice_minutes"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--holdout-months", type=int, default=3)
    ap.add_argument("--out", default="predictions.csv")
    return ap.parse_args()


def build_features(d):
    d = d.sort_values([ACCOUNT, MONTH]).copy()
    d["usage_ratio"] = d["data_used_gb"] / (d["data_cap_gb"] + 1)
    d["fee_per_line"] = d["monthly_fee"] / d["lines_on_account"].clip(lower=1)
    g = d.groupby(ACCOUNT)
    for col in LAGGED + ["usage_ratio"]:
        prev = g[col].shift(1)
        d[f"{col}_prev"] = prev
        d[f"{col}_delta"] = d[col] - prev
        d[f"{col}_mean_prev3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["tickets_cum_prev"] = g["support_tickets"].transform(lambda s: s.shift(1).fillna(0).cumsum())
    d["history_len"] = g.cumcount()
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


def feature_columns(d):
    return [c for c in d.columns if c not in [TARGET, ACCOUNT, MONTH, "row_id", "_is_test"] + LEAKY]


def main():
    args = parse_args()
    train = pd.read_csv(args.train, parse_dates=[MONTH])
    test = pd.read_csv(args.test, parse_dates=[MONTH])
    both = build_features(pd.concat([train.assign(_is_test=0), test.assign(_is_test=1)], ignore_index=True))
    df = both[both["_is_test"] == 0]
    sub = both[both["_is_test"] == 1]
    feats = feature_columns(df)

    months = np.sort(df[MONTH].unique())
    start = months[-args.holdout_months]
    fit_part = df[df[MONTH] < start]
    hold = df[(df[MONTH] >= start) & ~df[ACCOUNT].isin(fit_part[ACCOUNT].unique())]
    print(f"fit rows {len(fit_part)}, holdout rows {len(hold)} ({hold[ACCOUNT].nunique()} new accounts)")

    model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=350, max_leaf_nodes=31,
                                           l2_regularization=0.5, early_stopping=False,
                                           categorical_features="from_dtype", random_state=0)
    model.fit(fit_part[feats], fit_part[TARGET])
    baseline = DummyClassifier(strategy="prior").fit(fit_part[feats], fit_part[TARGET])

    y = hold[TARGET]
    for name, m in [("baseline", baseline), ("hgb", model)]:
        p = m.predict_proba(hold[feats])[:, 1]
        print(f"{name:9s} holdout AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}")

    model.fit(df[feats], df[TARGET])
    pd.DataFrame({"row_id": sub["row_id"].values,
                  "prediction": model.predict_proba(sub[feats])[:, 1]}).to_csv(args.out, index=False)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
