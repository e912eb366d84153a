"""Seat expansion - "use every column" gradient boosting model.

Keeps every column of the extract except identifiers and the label; categorical columns are
one-hot encoded, numeric columns passed through.
"""
import json
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("seats")


@dataclass(frozen=True)
class Cols:
    target: str = "expanded_next_q"
    time: str = "snapshot_month"
    account: str = "account_id"
    id: str = "snapshot_id"


C = Cols()
CUTOFF = pd.Timestamp("2023-07-01")


def features(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop(columns=[C.target, C.id, C.time, C.account], errors="ignore")


def build() -> Pipeline:
    pre = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include="object"))],
        remainder="passthrough",
    )
    return Pipeline([("pre", pre),
                     ("clf", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0))])


def split(df: pd.DataFrame):
    train = df[df[C.time] < CUTOFF]
    test = df[(df[C.time] >= CUTOFF) & ~df[C.account].isin(train[C.account].unique())]
    return train, test


def main():
    df = pd.read_csv("train.csv", parse_dates=[C.time])
    train, test = split(df)
    X_tr, y_tr, X_te, y_te = features(train), train[C.target], features(test), test[C.target]
    log.info("features (%d): %s", X_tr.shape[1], list(X_tr.columns))

    report = {}
    for name, est in {"baseline_prior": Pipeline([("clf", DummyClassifier(strategy="prior"))]), "hgb": build()}.items():
        est.fit(X_tr, y_tr)
        p = est.predict_proba(X_te)[:, 1]
        report[name] = {"roc_auc": roc_auc_score(y_te, p), "avg_precision": average_precision_score(y_te, p)}
        log.info("%s %s", name, report[name])
    with open("metrics.json", "w") as fh:
        json.dump(report, fh, indent=2, default=float)

    sub = pd.read_csv("test.csv", parse_dates=[C.time])
    final = build().fit(features(df), df[C.target])
    pd.DataFrame({C.id: sub[C.id], "prediction": final.predict_proba(features(sub))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
