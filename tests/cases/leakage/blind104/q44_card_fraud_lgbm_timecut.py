"""train_lgbm.py - LightGBM fraud model on a chronological split.

The last 20 % of the timeline is the evaluation period. Early stopping
monitors PR AUC on that period.
"""
import argparse
import json
import os

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

LEAKY = ["chargeback_flag", "manual_review_result"]
CATS = ["merchant_category", "channel", "merchant_country"]


def build_features(df):
    df = df.sort_values("event_time").copy()
    df["hour"] = df["event_time"].dt.hour
    df["dow"] = df["event_time"].dt.dayofweek
    df["log_amount"] = np.log1p(df["amount"])
    g = df.groupby("card_id", sort=False)
    df["card_prev_txns"] = g.cumcount()
    df["secs_since_prev_txn"] = g["event_time"].diff().dt.total_seconds()
    df["prev_amount"] = g["amount"].shift(1)
    for c in CATS:
        df[c] = df[c].astype("category")
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--test-frac", type=float, default=0.2)
    ap.add_argument("--out", default="out")
    args = ap.parse_args()

    df = pd.read_csv(args.data, parse_dates=["event_time"])
    df = build_features(df.drop(columns=LEAKY))

    cutoff = df["event_time"].quantile(1 - args.test_frac)
    train = df[df["event_time"] < cutoff]
    test = df[df["event_time"] >= cutoff]
    print(f"train until {cutoff}: {len(train)} rows, test: {len(test)} rows")

    features = ["hour", "dow", "log_amount", "card_present", "customer_age", "account_age_days",
                "card_prev_txns", "secs_since_prev_txn", "prev_amount"] + CATS

    model = lgb.LGBMClassifier(
        n_estimators=3000, learning_rate=0.02, num_leaves=63, min_child_samples=200,
        subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
        scale_pos_weight=10, verbose=-1,
    )
    model.fit(
        train[features], train["is_fraud"],
        eval_set=[(test[features], test["is_fraud"])],
        eval_metric="average_precision",
        callbacks=[lgb.early_stopping(stopping_rounds=150)],
    )
    p = model.predict_proba(test[features])[:, 1]
    metrics = {
        "best_iteration": int(model.best_iteration_),
        "pr_auc": average_precision_score(test["is_fraud"], p),
        "roc_auc": roc_auc_score(test["is_fraud"], p),
    }
    print(json.dumps(metrics, indent=2))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
