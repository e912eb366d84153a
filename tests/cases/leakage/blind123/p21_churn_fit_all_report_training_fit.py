#!/usr/bin/env python
"""Churn - final model script.

Fits an ExtraTrees pipeline on all labelled snapshots, reports how well it fits,
and writes predictions for test.csv.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

HERE = Path(".")
CAT = ["plan_type", "contract_type", "region", "payment_method"]


def read_bundle(folder):
    task = json.loads((folder / "task.json").read_text())
    return task, pd.read_csv(folder / "train.csv"), pd.read_csv(folder / "test.csv")


def features(frame, task):
    excluded = {task["target"], task["id_column"], "customer_id", "snapshot_month", *task["leaky_columns"]}
    return frame[[c for c in frame.columns if c not in excluded]]


def build(num_cols):
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median", add_indicator=True), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    trees = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=4, max_features=0.5,
                                 class_weight="balanced", n_jobs=-1, random_state=17)
    return Pipeline([("pre", pre), ("trees", trees)])


def report(name, y_true, proba):
    print(f"{name:>10}: ROC AUC {roc_auc_score(y_true, proba):.4f} | AP {average_precision_score(y_true, proba):.4f}")


def main():
    task, train, test = read_bundle(HERE)
    y = train[task["target"]].to_numpy()
    X = features(train, task)
    num_cols = [c for c in X.columns if c not in CAT]
    print("rows:", len(X), "features:", X.shape[1], "churn rate:", round(y.mean(), 4))
    print(train.groupby("snapshot_month")[task["target"]].mean().round(4))

    model = build(num_cols).fit(X, y)
    prior = DummyClassifier(strategy="prior").fit(X, y)

    report("prior", y, prior.predict_proba(X)[:, 1])
    report("extratrees", y, model.predict_proba(X)[:, 1])
    print(classification_report(y, model.predict(X), digits=3))

    names = model.named_steps["pre"].get_feature_names_out()
    imp = pd.Series(model.named_steps["trees"].feature_importances_, index=names)
    print(imp.sort_values(ascending=False).head(15).round(4))

    proba = model.predict_proba(features(test, task))[:, 1]
    pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": np.clip(proba, 0, 1)}).to_csv(
        HERE / "predictions.csv", index=False)
    print("predictions written:", len(proba))


if __name__ == "__main__":
    main()
