#!/usr/bin/env python
"""Monthly churn model (take-home).

Usage: python ah07_churn_gbm_numeric.py   (expects train.csv / test.csv next to it)
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

CONFIG = dict(
    train="train.csv",
    test="test.csv",
    target="churned_next_month",
    id_col="snapshot_id",
    customer_col="customer_id",
    month_col="snapshot_month",
    # identifiers + columns filled in after the account is already closed
    drop=["snapshot_id", "customer_id", "snapshot_month", "account_closed_date_known"],
    valid_from="2023-09",
    model="gbm",
)

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(asctime)s %(name)s %(levelname)s: %(message)s")
logger = logging.getLogger("churn")

REGISTRY = {
    "majority": lambda: DummyClassifier(strategy="most_frequent"),
    "gbm": lambda: GradientBoostingClassifier(n_estimators=250, max_depth=3,
                                              learning_rate=0.05, subsample=0.8,
                                              random_state=0),
}


@dataclass
class Result:
    model: str
    auc: float
    ap: float
    brier: float


def load(cfg):
    df = pd.read_csv(cfg["train"])
    df[cfg["month_col"]] = pd.to_datetime(df[cfg["month_col"]]).dt.to_period("M")
    test = pd.read_csv(cfg["test"])
    test[cfg["month_col"]] = pd.to_datetime(test[cfg["month_col"]]).dt.to_period("M")
    logger.info("loaded %d train / %d test rows", len(df), len(test))
    return df, test


def build_features(df, cfg):
    X = df.drop(columns=[c for c in cfg["drop"] + [cfg["target"]] if c in df.columns])
    X = pd.get_dummies(X, dtype=float)          # plan etc.
    X = X.fillna(-1)
    return X


def split(df, cfg):
    start = pd.Period(cfg["valid_from"], "M")
    tr = df[df[cfg["month_col"]] < start]
    va = df[df[cfg["month_col"]] >= start]
    before = len(va)
    va = va[~va[cfg["customer_col"]].isin(tr[cfg["customer_col"]])]
    logger.info("validation: kept %d of %d rows (customers not in train)", len(va), before)
    return tr, va


def train(name, X, y):
    return REGISTRY[name]().fit(X, y)


def evaluate(name, model, X, y) -> Result:
    p = model.predict_proba(X)[:, 1]
    return Result(name, roc_auc_score(y, p), average_precision_score(y, p), brier_score_loss(y, p))


def report(results):
    frame = pd.DataFrame([r.__dict__ for r in results]).set_index("model")
    logger.info("\n%s", frame.round(4).to_string())


def main(cfg=CONFIG):
    df, test = load(cfg)
    tr, va = split(df, cfg)
    X_tr = build_features(tr, cfg)
    X_va = build_features(va, cfg).reindex(columns=X_tr.columns, fill_value=0)
    logger.info("features: %s", list(X_tr.columns))

    results = []
    for name in ("majority", cfg["model"]):
        m = train(name, X_tr, tr[cfg["target"]])
        results.append(evaluate(name, m, X_va, va[cfg["target"]]))
    report(results)

    X_full = build_features(df, cfg)
    final = train(cfg["model"], X_full, df[cfg["target"]])
    X_te = build_features(test, cfg).reindex(columns=X_full.columns, fill_value=0)
    out = pd.DataFrame({cfg["id_col"]: test[cfg["id_col"]], "prediction": final.predict_proba(X_te)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    logger.info("done")


if __name__ == "__main__":
    main()
