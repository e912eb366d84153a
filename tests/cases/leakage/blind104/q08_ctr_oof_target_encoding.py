"""features.py + train.py for the CTR model (out-of-fold target encoding).

Target encodings are learned on the training part only: out-of-fold for the
training rows themselves, and from the full training part for validation rows.
"""
import argparse
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import KFold, train_test_split

CAT_COLS = ["banner_pos", "site_category", "app_category", "device_type",
            "device_conn_type", "C15", "C16", "C18"]
TARGET = "click"


def smoothed_map(frame, col, prior, alpha):
    stats = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (stats["sum"] + alpha * prior) / (stats["count"] + alpha)


def fit_transform_te(train, valid, cols, alpha=20, n_folds=5, seed=0):
    """Out-of-fold encoding for `train`, full-train encoding for `valid`."""
    train = train.copy()
    valid = valid.copy()
    prior = train[TARGET].mean()
    kf = KFold(n_splits=n_folds, shuffle=True, random_state=seed)
    for col in cols:
        oof = np.full(len(train), prior)
        for fit_idx, enc_idx in kf.split(train):
            m = smoothed_map(train.iloc[fit_idx], col, prior, alpha)
            oof[enc_idx] = train.iloc[enc_idx][col].map(m).fillna(prior).values
        train[col + "_ctr"] = oof
        full_map = smoothed_map(train, col, prior, alpha)
        valid[col + "_ctr"] = valid[col].map(full_map).fillna(prior)
        counts = train[col].value_counts()
        train[col + "_cnt"] = train[col].map(counts).fillna(0)
        valid[col + "_cnt"] = valid[col].map(counts).fillna(0)
    return train, valid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--metrics-out", default="metrics.json")
    ap.add_argument("--n-estimators", type=int, default=600)
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    train, valid = train_test_split(df, test_size=0.2, random_state=2024)
    train, valid = fit_transform_te(train, valid, CAT_COLS)

    features = [c + "_ctr" for c in CAT_COLS] + [c + "_cnt" for c in CAT_COLS]
    model = lgb.LGBMClassifier(
        n_estimators=args.n_estimators, learning_rate=0.05, num_leaves=63,
        min_child_samples=100, subsample=0.8, subsample_freq=1,
        colsample_bytree=0.8, verbose=-1,
    )
    model.fit(train[features], train[TARGET])
    p = model.predict_proba(valid[features])[:, 1]

    prior_pred = np.full(len(valid), train[TARGET].mean())
    metrics = {
        "baseline_prior_logloss": log_loss(valid[TARGET], prior_pred),
        "logloss": log_loss(valid[TARGET], p),
        "auc": roc_auc_score(valid[TARGET], p),
    }
    print(json.dumps(metrics, indent=2))
    with open(args.metrics_out, "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
