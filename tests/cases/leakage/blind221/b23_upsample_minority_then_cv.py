#!/usr/bin/env python
"""Card-fraud take-home: upsample the fraud class, 5-fold CV, compare to a dummy."""
import argparse

import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

FEATURES_NUM = ["amount", "hour", "card_age_days", "tx_count_24h"]
FEATURES_CAT = ["merchant_category", "country", "device_type"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--ratio", type=float, default=0.5, help="fraud:legit ratio after upsampling")
    ap.add_argument("--folds", type=int, default=5)
    return ap.parse_args()


def encode(frame, columns=None):
    out = pd.get_dummies(frame[FEATURES_NUM + FEATURES_CAT], columns=FEATURES_CAT, dtype=float)
    out["amount"] = np.log1p(out["amount"])
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0.0)
    return out


def balance(frame, ratio, seed=0):
    legit = frame[frame["is_fraud"] == 0]
    fraud = frame[frame["is_fraud"] == 1]
    fraud_up = resample(fraud, replace=True, n_samples=int(len(legit) * ratio), random_state=seed)
    return pd.concat([legit, fraud_up]).sample(frac=1.0, random_state=seed).reset_index(drop=True)


def main():
    args = parse_args()
    df = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    print("original class counts:", df["is_fraud"].value_counts().to_dict())

    df_bal = balance(df, args.ratio)
    print("balanced class counts:", df_bal["is_fraud"].value_counts().to_dict())

    X = encode(df_bal)
    y = df_bal["is_fraud"].to_numpy()

    skf = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    rows = []
    for k, (tr, va) in enumerate(skf.split(X, y)):
        gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=k)
        gbm.fit(X.iloc[tr], y[tr])
        p = gbm.predict_proba(X.iloc[va])[:, 1]

        dummy = DummyClassifier(strategy="stratified", random_state=k).fit(X.iloc[tr], y[tr])
        pd_ = dummy.predict_proba(X.iloc[va])[:, 1]

        rows.append({
            "fold": k,
            "auc": roc_auc_score(y[va], p),
            "ap": average_precision_score(y[va], p),
            "recall@0.5": recall_score(y[va], p >= 0.5),
            "precision@0.5": precision_score(y[va], p >= 0.5),
            "dummy_auc": roc_auc_score(y[va], pd_),
            "dummy_ap": average_precision_score(y[va], pd_),
        })
        print(rows[-1])

    cv = pd.DataFrame(rows)
    print(cv.mean(numeric_only=True).round(4))

    # submission model
    final = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=0)
    final.fit(X, y)
    X_test = encode(test, X.columns)
    pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict_proba(X_test)[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
