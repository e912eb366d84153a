"""B2B churn take-home: predict churned_next_quarter from monthly account snapshots.

Each preprocessing step is a *fitter*: it learns its statistics from the frame
it is given and returns a frame -> frame function. The fitters are folded over
the training part only; the resulting transform is then replayed on the test part.
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


def fit_fill_means(frame, cols=NUMERIC):
    means = frame[cols].mean()
    return lambda rows: rows.assign(**{c: rows[c].fillna(means[c]) for c in cols})


def fit_standardise(frame, cols=NUMERIC):
    mu, sd = frame[cols].mean(), frame[cols].std()
    return lambda rows: rows.assign(**{c: (rows[c] - mu[c]) / sd[c] for c in cols})


FITTERS = [fit_fill_means, fit_standardise]


def fit_steps(train, fitters=FITTERS):
    def fold(state, fitter):
        current, transforms = state
        transform = fitter(current)
        return transform(current), transforms + [transform]

    _, transforms = reduce(fold, fitters, (train, []))
    return lambda rows: reduce(lambda acc, t: t(acc), transforms, rows)


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

    train, test = time_cut(load(args.data), pd.Timestamp(args.cutoff))
    prepare = fit_steps(train)
    train, test = prepare(train), prepare(test)
    results = {name: evaluate(factory, train, test) for name, factory in MODELS.items()}
    for name, scores in results.items():
        print(f"{name:>15}: " + ", ".join(f"{k}={v:.3f}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
