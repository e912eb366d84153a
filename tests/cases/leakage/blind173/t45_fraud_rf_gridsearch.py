#!/usr/bin/env python3
"""Random forest for card fraud, tuned with a grid search.

Run: python train_fraud.py  (expects train.csv / test.csv / task.json here)
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
NOT_FEATURES = [TARGET, ID] + TASK.get("leaky_columns", [])

PARAM_GRID = {
    "n_estimators": [200, 500],
    "max_depth": [6, 12, None],
    "min_samples_leaf": [1, 5, 20],
    "class_weight": [None, "balanced_subsample"],
}


def features(df):
    X = df.drop(columns=[c for c in NOT_FEATURES if c in df.columns])
    X["log_amount"] = np.log1p(X["amount"])
    X["night"] = (X["hour"] < 6).astype(int)
    return pd.get_dummies(X, columns=["merchant_category"], dtype=int)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    X = features(train)
    y = train[TARGET]
    print(X.shape, y.mean())

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=11)

    search = GridSearchCV(
        RandomForestClassifier(n_jobs=-1, random_state=11),
        PARAM_GRID,
        scoring="roc_auc",
        cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=11),
        n_jobs=1,
        verbose=1,
    )
    search.fit(X, y)
    print("best params:", search.best_params_)
    print("best CV ROC AUC: %.4f" % search.best_score_)

    cvres = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
    print(cvres[["params", "mean_test_score", "std_test_score"]].head(5).to_string())

    best = search.best_estimator_
    proba = best.predict_proba(X_test)[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    proba0 = dummy.predict_proba(X_test)[:, 1]
    print("test ROC AUC   dummy %.4f | rf %.4f" % (roc_auc_score(y_test, proba0), roc_auc_score(y_test, proba)))
    print("test PR AUC    dummy %.4f | rf %.4f" % (average_precision_score(y_test, proba0),
                                                   average_precision_score(y_test, proba)))

    X_sub = features(test).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({ID: test[ID], "prediction": best.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
