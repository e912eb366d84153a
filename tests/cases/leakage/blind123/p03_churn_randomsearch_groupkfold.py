"""Churn model: HistGradientBoosting tuned with RandomizedSearchCV.

Folds are built on customer_id so that a customer never sits on both sides.
"""
import json

import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold, RandomizedSearchCV, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

SEED = 7
SCORERS = {"roc_auc": "roc_auc", "ap": "average_precision", "brier": "neg_brier_score"}


def load():
    with open("task.json") as fh:
        task = json.load(fh)
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    return task, train, test


def feature_frame(frame, task):
    drop = [task["target"], task["id_column"], "customer_id", "snapshot_month"]
    drop += task.get("leaky_columns", [])
    return frame.drop(columns=[c for c in drop if c in frame.columns])


def build_pipeline():
    prep = ColumnTransformer(
        [
            ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
             make_column_selector(dtype_include=object)),
        ],
        remainder="passthrough",
    )
    model = HistGradientBoostingClassifier(random_state=SEED, categorical_features=None)
    return Pipeline([("prep", prep), ("gbm", model)])


def main():
    task, train, test = load()
    target = task["target"]
    X = feature_frame(train, task)
    y = train[target].to_numpy()
    groups = train["customer_id"].to_numpy()
    print(f"{len(train)} rows, {train['customer_id'].nunique()} customers, churn rate {y.mean():.3f}")
    print(train.groupby("snapshot_month")[target].agg(["mean", "size"]))

    cv = GroupKFold(n_splits=5)
    search = RandomizedSearchCV(
        build_pipeline(),
        param_distributions={
            "gbm__learning_rate": loguniform(0.02, 0.3),
            "gbm__max_leaf_nodes": randint(8, 64),
            "gbm__min_samples_leaf": randint(20, 200),
            "gbm__l2_regularization": loguniform(1e-3, 10),
        },
        n_iter=30,
        scoring=SCORERS,
        refit="ap",
        cv=cv,
        random_state=SEED,
        n_jobs=-1,
    )
    search.fit(X, y, groups=groups)
    print("best params:", search.best_params_)

    best = search.best_estimator_
    results = {}
    for name, est in [("prior", DummyClassifier(strategy="prior")), ("hgb", best)]:
        cvres = cross_validate(est, X, y, groups=groups, cv=cv, scoring=SCORERS)
        results[name] = {k: np.mean(cvres[f"test_{k}"]) for k in SCORERS}
    print(pd.DataFrame(results).round(4))

    best.fit(X, y)
    proba = best.predict_proba(feature_frame(test, task))[:, 1]
    out = pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": proba})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
