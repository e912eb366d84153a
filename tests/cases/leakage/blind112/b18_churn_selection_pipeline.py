#!/usr/bin/env python
"""Churn snapshots: mutual-information feature selection + gradient boosting."""
import argparse
import json
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")


def read_task(path):
    with open(path) as fh:
        t = json.load(fh)
    log.info("task %s: target=%s metric=%s", t.get("slug"), t["target"], t.get("metric"))
    return t


def engineer(df, task):
    out = df.drop(columns=[task["target"], task["id_column"], task["group_column"], task["time_column"]]
                  + task["leaky_columns"], errors="ignore")
    out = pd.get_dummies(out, columns=["plan", "region", "contract_type"], dtype=float)
    out["tenure_years"] = out["tenure_months"] / 12.0
    out["low_usage"] = (out["logins_30d"] < 3).astype(float)
    out["tickets_x_failures"] = out["support_tickets_30d"] * out["payment_failures_90d"]
    return out.fillna(0.0)


def customer_time_split(df, task, cutoff, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=seed)
    tr_idx, va_idx = next(gss.split(df, groups=df[task["group_column"]]))
    month = pd.to_datetime(df[task["time_column"]])
    tr_idx = tr_idx[(month.iloc[tr_idx] < cutoff).values]
    va_idx = va_idx[(month.iloc[va_idx] >= cutoff).values]
    return tr_idx, va_idx


def build_model(k, seed):
    return Pipeline([
        ("select", SelectKBest(mutual_info_classif, k=k)),
        ("hgb", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=24,
                                               l2_regularization=1.0, random_state=seed)),
    ])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", default="task.json")
    ap.add_argument("--k", type=int, default=12)
    ap.add_argument("--cutoff", default="2024-08-01")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    task = read_task(args.task)
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    y = train[task["target"]].to_numpy()
    X = engineer(train, task)
    X_test = engineer(test, task).reindex(columns=X.columns, fill_value=0.0)
    log.info("X=%s positives=%.3f", X.shape, y.mean())

    tr_idx, va_idx = customer_time_split(train, task, args.cutoff, args.seed)
    log.info("train rows %d, valid rows %d", len(tr_idx), len(va_idx))

    base = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y[tr_idx])
    model = build_model(args.k, args.seed).fit(X.iloc[tr_idx], y[tr_idx])
    auc = roc_auc_score(y[va_idx], model.predict_proba(X.iloc[va_idx])[:, 1])
    auc_base = roc_auc_score(y[va_idx], base.predict_proba(X.iloc[va_idx])[:, 1])
    log.info("valid AUC model=%.4f baseline=%.4f", auc, auc_base)
    log.info("kept features: %s", list(X.columns[model.named_steps["select"].get_support()]))

    model = build_model(args.k, args.seed).fit(X, y)
    preds = model.predict_proba(X_test)[:, 1]
    pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": preds}).to_csv(
        "predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": round(float(auc), 4)}, fh)
    log.info("done; mean prediction %.4f", np.mean(preds))


if __name__ == "__main__":
    main()
