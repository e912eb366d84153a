"""Fraud: compare a few model families and submit the best one.

Column roles are read from task.json.
"""
import json

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler
from xgboost import XGBClassifier

with open("task.json") as f:
    TASK = json.load(f)
TARGET, ID = TASK["target"], TASK["id_column"]
DROP = [TARGET, ID] + TASK.get("leaky_columns", [])
CAT = ["merchant_category"]


def prep_linear(num):
    return ColumnTransformer([("num", StandardScaler(), num),
                              ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])


def prep_tree(num):
    return ColumnTransformer([("num", "passthrough", num),
                              ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)])


def candidates(num):
    return {
        "dummy_baseline": DummyClassifier(strategy="prior"),
        "logreg": Pipeline([("prep", prep_linear(num)),
                            ("clf", LogisticRegression(max_iter=3000, class_weight="balanced", C=0.3))]),
        "random_forest": Pipeline([("prep", prep_tree(num)),
                                   ("clf", RandomForestClassifier(n_estimators=300, min_samples_leaf=5,
                                                                  n_jobs=-1, random_state=0))]),
        "lightgbm": Pipeline([("prep", prep_tree(num)),
                              ("clf", LGBMClassifier(n_estimators=400, learning_rate=0.05,
                                                     num_leaves=31, random_state=0, verbose=-1))]),
        "xgboost": Pipeline([("prep", prep_tree(num)),
                             ("clf", XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05,
                                                   subsample=0.9, colsample_bytree=0.8, random_state=0))]),
    }


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    features = [c for c in train.columns if c not in DROP]
    num = [c for c in features if c not in CAT]
    X, y = train[features], train[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
    models = candidates(num)

    results = {}
    for name, model in models.items():
        model.fit(X_tr, y_tr)
        p = model.predict_proba(X_te)[:, 1]
        results[name] = {"auc": roc_auc_score(y_te, p), "ap": average_precision_score(y_te, p)}
        print(f"{name:<15} test AUC {results[name]['auc']:.4f}  AP {results[name]['ap']:.4f}")
    best_name = max((n for n in results if n != "dummy_baseline"), key=lambda n: results[n]["ap"])
    print(f"best model: {best_name}  test AP {results[best_name]['ap']:.4f}  AUC {results[best_name]['auc']:.4f}")

    final = clone(models[best_name]).fit(X, y)
    pred = final.predict_proba(test[features])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("predictions written with", best_name)


if __name__ == "__main__":
    main()
