#!/usr/bin/env python
"""LightGBM fraud model with early stopping.

Usage: python n17_lgbm_early_stopping.py   (expects train.csv / test.csv / task.json in cwd)
"""
import json
import logging

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("fraud")

SEED = 2024
CAT_COLS = ["merchant_category"]
NOT_AT_AUTH = ["chargeback_flag"]  # arrives after the customer disputes


def load():
    task = json.load(open("task.json"))
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for c in CAT_COLS:
        cats = pd.CategoricalDtype(sorted(tr[c].dropna().unique()))
        tr[c] = tr[c].astype(cats)
        te[c] = te[c].astype(cats)
    return task, tr, te


def add_features(d):
    d = d.copy()
    d["amt_x_mismatch"] = d["amount"] * d["country_mismatch"]
    d["card_age_weeks"] = d["card_age_days"] // 7
    d["odd_hour"] = ((d["hour"] < 6) | (d["hour"] > 22)).astype(int)
    return d


def main():
    task, tr, te = load()
    target, id_col = task["target"], task["id_column"]
    log.info("train %s, test %s, positive rate %.4f", tr.shape, te.shape, tr[target].mean())

    tr, te = add_features(tr), add_features(te)
    features = [c for c in tr.columns if c not in [target, id_col] + NOT_AT_AUTH]
    log.info("features: %s", features)

    X_train, X_test, y_train, y_test = train_test_split(
        tr[features], tr[target], test_size=0.2, stratify=tr[target], random_state=SEED
    )

    base = DummyClassifier(strategy="prior").fit(X_train, y_train)
    log.info("dummy AP %.4f", average_precision_score(y_test, base.predict_proba(X_test)[:, 1]))

    clf = lgb.LGBMClassifier(
        n_estimators=3000,
        learning_rate=0.02,
        num_leaves=63,
        min_child_samples=40,
        reg_lambda=1.0,
        is_unbalance=True,
        random_state=SEED,
        verbose=-1,
    )
    clf.fit(
        X_train, y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="average_precision",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
    )
    p = clf.predict_proba(X_test, num_iteration=clf.best_iteration_)[:, 1]
    log.info("best iteration %d", clf.best_iteration_)
    log.info("test AP %.4f | ROC AUC %.4f", average_precision_score(y_test, p), roc_auc_score(y_test, p))

    final = lgb.LGBMClassifier(**{**clf.get_params(), "n_estimators": clf.best_iteration_})
    final.fit(tr[features], tr[target])
    pd.DataFrame({id_col: te[id_col], "prediction": final.predict_proba(te[features])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )
    log.info("predictions.csv written (%d rows)", len(te))


if __name__ == "__main__":
    main()
