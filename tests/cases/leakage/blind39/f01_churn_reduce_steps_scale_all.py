"""B2B churn take-home: predict churned_next_quarter from monthly account snapshots.

Every preprocessing step is a frame -> frame function; `prepare` folds them
over the data with functools.reduce.
"""
import argparse
from functools import partial, reduce

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_quarter"
NUMERIC = ["seats", "mrr", "logins_30d", "support_tickets_30d", "nps_score", "contract_months_left"]


def load(path):
    return pd.read_csv(path, parse_dates=["snapshot_month"])


def fill_means(frame, cols=NUMERIC):
    return frame.assign(**{c: frame[c].fillna(frame[c].mean()) for c in cols})


def standardise(frame, cols=NUMERIC):
    return frame.assign(**{c: (frame[c] - frame[c].mean()) / frame[c].std() for c in cols})


STEPS = [fill_means, standardise]


def prepare(frame, steps=STEPS):
    return reduce(lambda acc, step: step(acc), steps, frame)


def time_cut(frame, cutoff):
    before = frame[frame["snapshot_month"] < cutoff]
    after = frame[frame["snapshot_month"] >= cutoff]
    # accounts already seen in training are not evaluated
    unseen = after[~after["account_id"].isin(before["account_id"])]
    return before, unseen


def xy(frame):
    return frame[NUMERIC].to_numpy(), frame[TARGET].to_numpy()


def evaluate(model_factory, train, test):
    (X_tr, y_tr), (X_te, y_te) = map(xy, (train, test))
    model = model_factory().fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]
    return {"roc_auc": roc_auc_score(y_te, proba), "pr_auc": average_precision_score(y_te, proba)}


MODELS = {
    "prior_baseline": partial(DummyClassifier, strategy="prior"),
    "logreg": partial(LogisticRegression, max_iter=1000, class_weight="balanced"),
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--cutoff", default="2023-07-01")
    args = parser.parse_args(argv)

    frame = prepare(load(args.data))
    train, test = time_cut(frame, pd.Timestamp(args.cutoff))
    results = {name: evaluate(factory, train, test) for name, factory in MODELS.items()}
    for name, scores in results.items():
        print(f"{name:>15}: " + ", ".join(f"{k}={v:.3f}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
