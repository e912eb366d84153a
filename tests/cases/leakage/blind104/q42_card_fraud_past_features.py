"""train.py - card fraud model with past-only card history features.

Evaluation: chronological cut at the 80th percentile of event_time; the
evaluation side keeps only cards that never appear before the cut, so no card
contributes rows to both sides. Card history features are computed from each
card's earlier transactions only (shifted by one).
"""
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

DROP = ["txn_id", "chargeback_flag", "manual_review_result"]
NUMERIC = ["log_amount", "hour", "card_present", "customer_age", "account_age_days",
           "card_prev_txns", "card_prev_mean_amount", "amount_vs_card_mean",
           "secs_since_prev_txn", "card_prev_foreign_share"]
CATEGORICAL = ["merchant_category", "channel"]


def load(path):
    df = pd.read_csv(path, parse_dates=["event_time"])
    df = df.drop(columns=DROP)
    return df.sort_values(["event_time"]).reset_index(drop=True)


def add_features(df):
    df = df.copy()
    df["log_amount"] = np.log1p(df["amount"])
    df["hour"] = df["event_time"].dt.hour
    df["foreign"] = (df["merchant_country"] != "US").astype(int)
    g = df.groupby("card_id", sort=False)
    df["card_prev_txns"] = g.cumcount()
    df["card_prev_mean_amount"] = g["amount"].transform(lambda s: s.shift(1).expanding().mean())
    df["amount_vs_card_mean"] = df["amount"] / df["card_prev_mean_amount"]
    df["secs_since_prev_txn"] = g["event_time"].diff().dt.total_seconds()
    df["card_prev_foreign_share"] = g["foreign"].transform(lambda s: s.shift(1).expanding().mean())
    return df


def split(df, q=0.8):
    cutoff = df["event_time"].quantile(q)
    train = df[df["event_time"] < cutoff]
    test = df[df["event_time"] >= cutoff]
    test = test[~test["card_id"].isin(set(train["card_id"]))]
    return train, test


def make_model():
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CATEGORICAL),
        ("num", "passthrough", NUMERIC),
    ])
    clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0)
    return Pipeline([("pre", pre), ("clf", clf)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--out", default="results")
    args = ap.parse_args()

    df = add_features(load(args.data))
    train, test = split(df)
    print(f"train {len(train)} rows / test {len(test)} rows on {test['card_id'].nunique()} unseen cards")

    X_cols = NUMERIC + CATEGORICAL
    model = make_model().fit(train[X_cols], train["is_fraud"])
    base = DummyClassifier(strategy="prior").fit(train[X_cols], train["is_fraud"])

    p = model.predict_proba(test[X_cols])[:, 1]
    p0 = base.predict_proba(test[X_cols])[:, 1]
    metrics = {
        "baseline_prior_pr_auc": average_precision_score(test["is_fraud"], p0),
        "pr_auc": average_precision_score(test["is_fraud"], p),
        "roc_auc": roc_auc_score(test["is_fraud"], p),
    }
    print(json.dumps(metrics, indent=2))
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
