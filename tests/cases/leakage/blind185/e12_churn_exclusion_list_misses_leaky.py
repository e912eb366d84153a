#!/usr/bin/env python
"""Churn model, XGBoost.

Validation: the last three months (Jul-Sep) for customers whose first snapshot
is in July or later are held out; the model never sees those customers.
"""
import argparse
import json

import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
# bookkeeping / post-outcome columns that must not be used as features
NON_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET, "retention_offer_accepted"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df["is_annual"] = df["plan"].astype(str).str.contains("annual", case=False).astype(int)
    df["engagement"] = df["logins_30d"] / (1 + df["days_since_last_login"])
    df["high_ticket"] = (df["support_tickets_30d"] >= 3).astype(int)
    df = pd.get_dummies(df, columns=["plan", "region"], prefix=["plan", "reg"], dtype=np.int8)
    return df


def split(df: pd.DataFrame, cutoff: str):
    cutoff = pd.Timestamp(cutoff)
    first_seen = df.groupby("customer_id")["snapshot_month"].transform("min")
    train = df[df["snapshot_month"] < cutoff]
    valid = df[(df["snapshot_month"] >= cutoff) & (first_seen >= cutoff)]
    return train, valid


def main(args):
    df = engineer(pd.read_csv(args.train))
    features = [c for c in df.columns if c not in NON_FEATURES]
    train, valid = split(df, args.cutoff)
    print(f"{len(train)=} {len(valid)=} features={len(features)}")

    spw = (train[TARGET] == 0).sum() / max((train[TARGET] == 1).sum(), 1)
    model = XGBClassifier(
        n_estimators=args.n_estimators,
        max_depth=5,
        learning_rate=0.05,
        min_child_weight=5,
        subsample=0.8,
        colsample_bytree=0.7,
        scale_pos_weight=spw,
        eval_metric="auc",
    )
    model.fit(train[features], train[TARGET])
    p = model.predict_proba(valid[features])[:, 1]

    metrics = {
        "roc_auc": float(roc_auc_score(valid[TARGET], p)),
        "average_precision": float(average_precision_score(valid[TARGET], p)),
        "positives_in_valid": int(valid[TARGET].sum()),
    }
    print(json.dumps(metrics, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump({k: metrics[k] for k in ("roc_auc", "average_precision")}, fh)

    imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
    print(imp.head(10))

    model.fit(df[features], df[TARGET])
    test = engineer(pd.read_csv(args.test)).reindex(columns=df.columns, fill_value=0)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-07-01")
    ap.add_argument("--n-estimators", type=int, default=400)
    main(ap.parse_args())
