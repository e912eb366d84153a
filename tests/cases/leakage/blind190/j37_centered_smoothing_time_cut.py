"""
churn_model.py -- churn-snapshots take-home

Telemetry is noisy month to month, so behavioural columns are smoothed per
customer with a 3-month window before computing trends.
Validation: train on Jan-Jun, validate on Jul-Sep (out-of-time).
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
SMOOTH_COLS = ["logins_30d", "monthly_spend", "days_since_last_login"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    for col in SMOOTH_COLS:
        df[f"{col}_smooth"] = g[col].transform(lambda s: s.rolling(3, center=True, min_periods=1).mean())
        df[f"{col}_smooth_prev"] = df.groupby("customer_id")[f"{col}_smooth"].shift(1)
        df[f"{col}_trend"] = df[f"{col}_smooth"] - df[f"{col}_smooth_prev"]
    df["tickets_prev"] = g["support_tickets_30d"].shift(1)
    df["tickets_2m"] = df["support_tickets_30d"] + df["tickets_prev"].fillna(0)
    df["months_observed"] = g.cumcount()
    return pd.get_dummies(df, columns=["plan", "region"], dtype=int)


def main(cutoff: str, out: str) -> None:
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    full = featurize(pd.concat([train, test], ignore_index=True))
    feats = [c for c in full.columns if c not in DROP]
    lab = full[full[TARGET].notna()]
    unl = full[full[TARGET].isna()]

    early = lab[lab["snapshot_month"] < cutoff]
    late = lab[lab["snapshot_month"] >= cutoff]
    print(f"train {early['snapshot_month'].min():%Y-%m}..{early['snapshot_month'].max():%Y-%m} ({len(early)})  "
          f"valid {late['snapshot_month'].min():%Y-%m}..{late['snapshot_month'].max():%Y-%m} ({len(late)})")

    clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=24,
                                         class_weight="balanced", random_state=0)
    clf.fit(early[feats], early[TARGET].astype(int))
    p = clf.predict_proba(late[feats])[:, 1]
    base = DummyClassifier(strategy="prior").fit(early[feats], early[TARGET].astype(int))
    pb = base.predict_proba(late[feats])[:, 1]
    for name, pr in (("hgb", p), ("baseline", pb)):
        print(f"{name:9s} roc_auc={roc_auc_score(late[TARGET], pr):.4f} "
              f"pr_auc={average_precision_score(late[TARGET], pr):.4f}")

    clf.fit(lab[feats], lab[TARGET].astype(int))
    pd.DataFrame({"snapshot_id": unl["snapshot_id"],
                  "prediction": clf.predict_proba(unl[feats])[:, 1]}).to_csv(out, index=False)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default="2024-07-01")
    ap.add_argument("--out", default="predictions.csv")
    args = ap.parse_args()
    main(args.cutoff, args.out)
