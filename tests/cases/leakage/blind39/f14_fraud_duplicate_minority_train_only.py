"""Payment-fraud take-home: probability of `is_fraud` per transaction.

Fraud is ~1% of rows, so training positives are up-weighted by duplication. The split is
made by card (`card_id`) so that no card is on both sides.
"""
import argparse
from functools import partial

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "is_fraud"
FEATURES = ["amount", "hour_of_day", "is_foreign", "card_age_days", "n_txn_24h", "device_risk_score"]


def duplicate_minority(frame, factor):
    positives = frame[frame[TARGET] == 1]
    return pd.concat([frame] + [positives] * (factor - 1), ignore_index=True)


def split_by_card(frame, test_size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    idx_train, idx_test = next(gss.split(frame, groups=frame["card_id"]))
    return frame.iloc[idx_train], frame.iloc[idx_test]


def prepare(frame, factor, test_size, seed):
    train, test = split_by_card(frame, test_size, seed)
    return duplicate_minority(train, factor), test


def make_evaluator(test):
    X, y = test[FEATURES], test[TARGET]

    def evaluate(model):
        p = model.predict_proba(X)[:, 1]
        return {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p)}

    return evaluate


def train_all(train, factories):
    return {name: f().fit(train[FEATURES], train[TARGET]) for name, f in factories.items()}


FACTORIES = {
    "baseline": partial(DummyClassifier, strategy="stratified", random_state=0),
    "forest": partial(RandomForestClassifier, n_estimators=300, min_samples_leaf=5, n_jobs=-1),
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--factor", type=int, default=20)
    parser.add_argument("--test-size", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)

    frame = pd.read_csv(args.data).fillna({c: 0 for c in FEATURES})
    train, test = prepare(frame, args.factor, args.test_size, args.seed)
    evaluate = make_evaluator(test)
    for name, model in train_all(train, FACTORIES).items():
        print(name, evaluate(model))


if __name__ == "__main__":
    main()
