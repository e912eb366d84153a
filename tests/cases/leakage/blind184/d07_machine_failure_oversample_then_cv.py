#!/usr/bin/env python
"""Predictive maintenance on the AI4I 2020 dataset.

Binary target: `Machine failure`. Only ~3.4% of the rows are failures, so we
oversample with SMOTE and use a random forest.
"""
import argparse

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, classification_report,
                             f1_score, roc_auc_score)
from sklearn.model_selection import (StratifiedKFold, cross_validate,
                                     train_test_split)

FAILURE_MODES = ["TWF", "HDF", "PWF", "OSF", "RNF"]


def load(path):
    df = pd.read_csv(path)
    # identifiers and the individual failure-mode flags are not features
    df = df.drop(columns=["UDI", "Product ID"] + FAILURE_MODES)
    df = df.rename(columns=lambda c: c.split(" [")[0].replace(" ", "_").lower())
    df["temp_diff"] = df["process_temperature"] - df["air_temperature"]
    df["power"] = df["torque"] * df["rotational_speed"] * 2 * np.pi / 60
    df["strain"] = df["tool_wear"] * df["torque"]
    df = pd.get_dummies(df, columns=["type"], drop_first=True, dtype=int)
    return df


def main(args):
    df = load(args.data)
    y = df.pop("machine_failure")
    X = df
    print(X.shape, "failure rate:", round(y.mean(), 4))

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=args.seed
    )

    # balance the classes before model selection
    sm = SMOTE(random_state=args.seed, k_neighbors=5)
    X_res, y_res = sm.fit_resample(X_train, y_train)
    print("after SMOTE:", np.bincount(y_res))

    rf = RandomForestClassifier(
        n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=args.seed
    )
    dummy = DummyClassifier(strategy="stratified", random_state=args.seed)

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
    scoring = ["f1", "roc_auc", "average_precision"]
    for name, est in [("baseline", dummy), ("random_forest", rf)]:
        res = cross_validate(est, X_res, y_res, cv=cv, scoring=scoring)
        print(
            f"CV {name:14s} F1={res['test_f1'].mean():.3f} "
            f"AUC={res['test_roc_auc'].mean():.3f} "
            f"AP={res['test_average_precision'].mean():.3f}"
        )

    rf.fit(X_res, y_res)
    proba = rf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print("\nHold-out test")
    print("F1 :", round(f1_score(y_test, pred), 3))
    print("AUC:", round(roc_auc_score(y_test, proba), 3))
    print("AP :", round(average_precision_score(y_test, proba), 3))
    print(classification_report(y_test, pred, digits=3))

    imp = pd.Series(rf.feature_importances_, index=X.columns)
    print(imp.sort_values(ascending=False).head(10))


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="ai4i2020.csv")
    p.add_argument("--seed", type=int, default=42)
    main(p.parse_args())
