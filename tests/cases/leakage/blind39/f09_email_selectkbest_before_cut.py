"""Email-campaign response take-home: predict `responded` for each send.

Sends are dated (`send_date`); the model must work for future campaigns, so the
evaluation holds out the most recent weeks.
"""
import argparse
from functools import partial, reduce

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "responded"
EXCLUDE = {TARGET, "send_id", "send_date", "unsubscribed_after_send"}


def compose(*funcs):
    return lambda x: reduce(lambda acc, f: f(acc), funcs, x)


def parse_dates(frame):
    return frame.assign(send_date=pd.to_datetime(frame["send_date"]))


def calendar_parts(frame):
    return frame.assign(send_dow=frame["send_date"].dt.dayofweek, send_month=frame["send_date"].dt.month)


def dummies(frame):
    return pd.get_dummies(frame, columns=["segment"], dtype=float)


load = compose(pd.read_csv, parse_dates, calendar_parts, dummies)


def candidate_columns(frame):
    return [c for c in frame.columns if c not in EXCLUDE]


def select_columns(frame, k):
    cols = candidate_columns(frame)
    selector = SelectKBest(partial(mutual_info_classif, random_state=0), k=k)
    selector.fit(frame[cols].fillna(0), frame[TARGET])
    return [c for c, keep in zip(cols, selector.get_support()) if keep]


def cut_on_date(frame, cutoff):
    return frame[frame["send_date"] < cutoff], frame[frame["send_date"] >= cutoff]


def evaluate(models, train, test, cols):
    prep = lambda part: (part[cols].fillna(0), part[TARGET])
    (X_tr, y_tr), (X_te, y_te) = prep(train), prep(test)
    for name, make in models.items():
        proba = make().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
        yield name, roc_auc_score(y_te, proba), average_precision_score(y_te, proba)


MODELS = {
    "baseline_majority": partial(DummyClassifier, strategy="most_frequent"),
    "logreg": partial(LogisticRegression, max_iter=2000, C=0.5),
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--k", type=int, default=6)
    parser.add_argument("--cutoff", default="2024-03-01")
    args = parser.parse_args(argv)

    frame = load(args.data)
    cols = select_columns(frame, args.k)
    train, test = cut_on_date(frame, pd.Timestamp(args.cutoff))
    for name, auc, ap in evaluate(MODELS, train, test, cols):
        print(f"{name}: roc_auc={auc:.3f} avg_precision={ap:.3f}")


if __name__ == "__main__":
    main()
