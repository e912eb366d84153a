"""Payment fraud take-home: P(is_fraud) for each transaction.

Features are built by a list of (name, function) pairs; evaluation uses a
held-out 20% of transactions with the fraud rate preserved.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"

FEATURE_STEPS = [
    ("log_amount", lambda f: np.log1p(f["amount"].clip(lower=0))),
    ("night", lambda f: f["hour_of_day"].between(0, 5).astype(int)),
    ("is_foreign", lambda f: f["is_foreign"]),
    ("young_card", lambda f: (f["card_age_days"] < 30).astype(int)),
    ("velocity", lambda f: f["n_txn_24h"]),
    ("device_risk", lambda f: f["device_risk_score"]),
]


def featurise(frame, steps=FEATURE_STEPS):
    names, fns = zip(*steps)
    return pd.DataFrame(dict(zip(names, (fn(frame) for fn in fns))), index=frame.index)


def holdout(frame, test_size, seed):
    return train_test_split(frame, test_size=test_size, stratify=frame[TARGET], random_state=seed)


def make_report(test):
    X, y = featurise(test), test[TARGET]

    def report(name, model):
        p = model.predict_proba(X)[:, 1]
        return f"{name}: roc_auc={roc_auc_score(y, p):.3f} pr_auc={average_precision_score(y, p):.3f}"

    return report


def train_models(train, **hgb_kwargs):
    X, y = featurise(train), train[TARGET]
    return {
        "baseline_prior": DummyClassifier(strategy="prior").fit(X, y),
        "hgb": HistGradientBoostingClassifier(**hgb_kwargs).fit(X, y),
    }


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--lr", type=float, default=0.05)
    args = parser.parse_args(argv)

    frame = pd.read_csv(args.data)
    train, test = holdout(frame, args.test_size, args.seed)
    report = make_report(test)
    print("\n".join(report(n, m) for n, m in train_models(train, learning_rate=args.lr, max_iter=300).items()))


if __name__ == "__main__":
    main()
