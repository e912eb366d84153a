"""Fraud detection: compare a few model families and ship the best one.

Candidates: logistic regression, random forest, LightGBM (+ a dummy baseline).
"""
import json
import time

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 0
TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
CAT = ["merchant_category"]


def make_preprocessor(num_cols, scale):
    num = StandardScaler() if scale else "passthrough"
    return ColumnTransformer([
        ("num", num, num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ])


def candidates(num_cols):
    return {
        "dummy": Pipeline([("prep", make_preprocessor(num_cols, False)),
                           ("clf", DummyClassifier(strategy="prior"))]),
        "logreg": Pipeline([("prep", make_preprocessor(num_cols, True)),
                            ("clf", LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced"))]),
        "random_forest": Pipeline([("prep", make_preprocessor(num_cols, False)),
                                   ("clf", RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                                                  n_jobs=-1, random_state=SEED))]),
        "lightgbm": Pipeline([("prep", make_preprocessor(num_cols, False)),
                              ("clf", lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03,
                                                         num_leaves=31, random_state=SEED, verbose=-1))]),
    }


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    features = [c for c in df.columns if c not in {TARGET, ID, *TASK.get("leaky_columns", [])}]
    num_cols = [c for c in features if c not in CAT]

    X, y = df[features], df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=SEED)

    results = {}
    fitted = {}
    for name, pipe in candidates(num_cols).items():
        t0 = time.time()
        pipe.fit(X_train, y_train)
        p = pipe.predict_proba(X_test)[:, 1]
        results[name] = {
            "roc_auc": roc_auc_score(y_test, p),
            "pr_auc": average_precision_score(y_test, p),
            "fit_seconds": time.time() - t0,
        }
        fitted[name] = pipe

    table = pd.DataFrame(results).T.sort_values("roc_auc", ascending=False)
    print(table.round(4))

    best = table.index[0]
    print(f"\nbest model: {best}  (test ROC AUC {table.loc[best, 'roc_auc']:.4f}, "
          f"PR AUC {table.loc[best, 'pr_auc']:.4f})")
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": round(float(table.loc[best, "roc_auc"]), 4),
                   "average_precision": round(float(table.loc[best, "pr_auc"]), 4)}, fh)

    final = candidates(num_cols)[best].fit(X, y)
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
