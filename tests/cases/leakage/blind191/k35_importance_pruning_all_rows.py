#!/usr/bin/env python3
"""Gradient boosting with importance-based feature pruning.

1. build a wide feature set (time parts, amount transforms, one-hot categoricals,
   a few category x device crosses)
2. fit a quick LightGBM on it and drop everything with low split gain
3. evaluate the pruned model with stratified 5-fold CV against a dummy
"""
import argparse

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--keep", type=int, default=30)
    ap.add_argument("--out", default="predictions.csv")
    return ap.parse_args()


def wide_features(df):
    ts = pd.to_datetime(df["transaction_time"])
    X = pd.DataFrame(index=df.index)
    X["amount"] = df["amount"]
    X["log_amount"] = np.log1p(df["amount"])
    X["sqrt_amount"] = np.sqrt(df["amount"].clip(lower=0))
    X["amount_round_10"] = (df["amount"] % 10 == 0).astype(int)
    X["amount_round_100"] = (df["amount"] % 100 == 0).astype(int)
    X["hour"] = ts.dt.hour
    X["minute"] = ts.dt.minute
    X["dow"] = ts.dt.dayofweek
    X["dom"] = ts.dt.day
    X["month"] = ts.dt.month
    cross = df["merchant_category"].astype(str) + "_" + df["device"].astype(str)
    dummies = pd.get_dummies(
        pd.DataFrame({"mcc": df["merchant_category"], "cty": df["country"], "dev": df["device"], "x": cross}),
        dtype=np.uint8,
    )
    return pd.concat([X, dummies], axis=1)


def main():
    args = parse_args()
    train = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    X = wide_features(train)
    y = train["is_fraud"].values
    X_test = wide_features(test).reindex(columns=X.columns, fill_value=0)
    print(f"{X.shape[1]} candidate features")

    # --- pruning ------------------------------------------------------------
    scout = LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31,
                           importance_type="gain", is_unbalance=True, verbose=-1, random_state=0)
    scout.fit(X, y)
    gain = pd.Series(scout.feature_importances_, index=X.columns).sort_values(ascending=False)
    keep = gain.index[: args.keep].tolist()
    print("keeping:", keep)

    # --- evaluation -----------------------------------------------------------
    model = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                           is_unbalance=True, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           verbose=-1, random_state=0)
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scoring = {"pr_auc": "average_precision", "roc_auc": "roc_auc"}
    res = cross_validate(model, X[keep], y, cv=cv, scoring=scoring, n_jobs=-1)
    dres = cross_validate(DummyClassifier(strategy="prior"), X[keep], y, cv=cv, scoring=scoring)
    for key in scoring:
        print(f"{key}: model {res['test_' + key].mean():.4f} (+/- {res['test_' + key].std():.4f}) | "
              f"dummy {dres['test_' + key].mean():.4f}")

    # --- submission -----------------------------------------------------------
    model.fit(X[keep], y)
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": model.predict_proba(X_test[keep])[:, 1]}).to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
