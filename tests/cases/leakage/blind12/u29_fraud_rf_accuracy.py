"""Fraud classifier: random forest, tuned depth, holdout accuracy.

    python u29_fraud_rf_accuracy.py --depths 6 10 14 --out predictions.csv
"""
import argparse
import logging
from typing import Dict

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

log = logging.getLogger("fraud.rf")

FEATURES = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
            "country_mismatch", "card_age_days"]
TARGET = "is_fraud"


def add_merchant_dummies(df: pd.DataFrame) -> pd.DataFrame:
    d = pd.get_dummies(df["merchant_category"], prefix="mc", dtype=int)
    return pd.concat([df, d], axis=1)


def make_rf(max_depth: int, seed: int = 0) -> RandomForestClassifier:
    return RandomForestClassifier(n_estimators=300, max_depth=max_depth, n_jobs=-1, random_state=seed)


def tune_depth(X, y, depths) -> Dict[int, float]:
    cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=1)
    scores = {}
    for d in depths:
        scores[d] = cross_val_score(make_rf(d), X, y, cv=cv, scoring="accuracy").mean()
        log.info("depth=%-3d cv accuracy %.5f", d, scores[d])
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--depths", type=int, nargs="+", default=[6, 10, 14, 20])
    ap.add_argument("--out", default="predictions.csv")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = add_merchant_dummies(pd.read_csv("train.csv"))
    cols = FEATURES + [c for c in df.columns if c.startswith("mc_")]
    X_train, X_test, y_train, y_test = train_test_split(df[cols], df[TARGET], test_size=0.2,
                                                        stratify=df[TARGET], random_state=42)

    scores = tune_depth(X_train, y_train, args.depths)
    best_depth = max(scores, key=scores.get)
    model = make_rf(best_depth).fit(X_train, y_train)
    acc = accuracy_score(y_test, model.predict(X_test))
    log.info("best depth %d, holdout accuracy %.5f", best_depth, acc)

    test = add_merchant_dummies(pd.read_csv("test.csv")).reindex(columns=["transaction_id"] + cols, fill_value=0)
    model.fit(df[cols], df[TARGET])
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": model.predict_proba(test[cols])[:, 1]}).to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
