#!/usr/bin/env python
"""Card-fraud take-home: oversample the fraud class inside each CV fold, compare to a dummy."""
import argparse

import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import RandomOverSampler
from sklearn.preprocessing import FunctionTransformer
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier

FEATURES_NUM = ["amount", "hour", "card_age_days", "tx_count_24h"]
FEATURES_CAT = ["merchant_category", "country", "device_type"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--ratio", type=float, default=0.5, help="fraud:legit ratio after oversampling")
    ap.add_argument("--folds", type=int, default=5)
    return ap.parse_args()


def encode(frame, columns=None):
    out = pd.get_dummies(frame[FEATURES_NUM + FEATURES_CAT], columns=FEATURES_CAT, dtype=float)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0.0)
    return out


def make_model(ratio, seed=0):
    return ImbPipeline([
        ("log_amount", FunctionTransformer(lambda d: d.assign(amount=np.log1p(d["amount"])))),
        ("oversample", RandomOverSampler(sampling_strategy=ratio, random_state=seed)),
        ("gbm", GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.1,
                                           subsample=0.8, random_state=seed)),
    ])


def main():
    args = parse_args()
    df = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    print("class counts:", df["is_fraud"].value_counts().to_dict())

    X = encode(df)
    y = df["is_fraud"].to_numpy()

    skf = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    scoring = {"auc": "roc_auc", "ap": "average_precision", "recall": "recall", "precision": "precision"}

    res_model = cross_validate(make_model(args.ratio), X, y, cv=skf, scoring=scoring)
    res_dummy = cross_validate(DummyClassifier(strategy="stratified", random_state=0), X, y, cv=skf,
                               scoring={"auc": "roc_auc", "ap": "average_precision"})

    summary = pd.DataFrame({
        "gbm+ros": {k: res_model[f"test_{k}"].mean() for k in scoring},
        "dummy": {k: res_dummy[f"test_{k}"].mean() for k in ["auc", "ap"]},
    })
    print(summary.round(4))
    print("per-fold AP:", np.round(res_model["test_ap"], 4))

    # submission model: same pipeline, all labelled rows
    final = make_model(args.ratio).fit(X, y)
    X_test = encode(test, X.columns)
    pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict_proba(X_test)[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
