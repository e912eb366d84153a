"""Payment-fraud take-home: classify transactions as fraud / not fraud.

Metrics live in a registry of functions; `--metrics` chooses which are printed.
Train/test split is by card (GroupShuffleSplit on `card_id`).
"""
import argparse
from functools import partial

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, average_precision_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "is_fraud"
FEATURES = ["amount", "hour_of_day", "is_foreign", "card_age_days", "n_txn_24h", "device_risk_score"]

METRICS = {
    "accuracy": lambda model, X, y: accuracy_score(y, model.predict(X)),
    "pr_auc": lambda model, X, y: average_precision_score(y, model.predict_proba(X)[:, 1]),
}


def split(frame, seed=0, test_size=0.2):
    tr, te = next(GroupShuffleSplit(1, test_size=test_size, random_state=seed).split(frame, groups=frame["card_id"]))
    return frame.iloc[tr], frame.iloc[te]


def xy(frame):
    return frame[FEATURES].fillna(0), frame[TARGET]


def measure(model, data, names):
    return {n: round(METRICS[n](model, *data), 4) for n in names}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--metrics", nargs="+", default=["accuracy"])
    args = parser.parse_args(argv)

    train, test = map(xy, split(pd.read_csv(args.data)))
    models = {
        "baseline_majority": DummyClassifier(strategy="most_frequent"),
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    }
    for name, model in models.items():
        model.fit(*train)
        print(name, measure(model, test, args.metrics))


if __name__ == "__main__":
    main()
