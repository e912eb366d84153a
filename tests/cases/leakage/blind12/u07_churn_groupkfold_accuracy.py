"""Churn model selection with customer-grouped cross-validation.

Snapshots of the same customer are highly correlated, so folds are built on
customer_id: no customer is ever on both sides of a fold.
"""
from __future__ import annotations

import argparse
import logging
from functools import partial

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

LOG = logging.getLogger("churn.cv")
TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "has_discount"]
CAT = ["plan", "region"]


def preprocessor(scale: bool):
    num_step = StandardScaler() if scale else "passthrough"
    return make_column_transformer(
        (num_step, NUM),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    )


def build(estimator_factory, scale=True):
    return make_pipeline(preprocessor(scale), estimator_factory())


CANDIDATES = {
    "logreg": partial(build, partial(LogisticRegression, C=1.0, max_iter=3000)),
    "rf": partial(build, partial(RandomForestClassifier, n_estimators=400, min_samples_leaf=5,
                                 n_jobs=-1, random_state=0), scale=False),
    "hgb": partial(build, partial(HistGradientBoostingClassifier, max_iter=250,
                                  learning_rate=0.06, random_state=0), scale=False),
}


def cv_scores(df: pd.DataFrame, n_splits: int = 5) -> pd.DataFrame:
    X, y, groups = df[NUM + CAT], df[TARGET], df["customer_id"]
    cv = GroupKFold(n_splits=n_splits)
    rows = []
    for name, factory in CANDIDATES.items():
        s = cross_val_score(factory(), X, y, groups=groups, cv=cv, scoring="accuracy", n_jobs=1)
        LOG.info("%-7s accuracy %.4f +- %.4f", name, s.mean(), s.std())
        rows.append({"model": name, "accuracy": s.mean(), "std": s.std()})
    return pd.DataFrame(rows).sort_values("accuracy", ascending=False)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--train", default="train.csv")
    p.add_argument("--test", default="test.csv")
    p.add_argument("--folds", type=int, default=5)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = pd.read_csv(args.train)
    LOG.info("rows=%d customers=%d months=%d", len(df), df.customer_id.nunique(),
             df.snapshot_month.nunique())

    table = cv_scores(df, args.folds)
    print(table.to_string(index=False))
    best = table.iloc[0]["model"]
    LOG.info("selected %s", best)

    model = CANDIDATES[best]().fit(df[NUM + CAT], df[TARGET])
    test = pd.read_csv(args.test)
    proba = model.predict_proba(test[NUM + CAT])[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": np.round(proba, 6)}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
