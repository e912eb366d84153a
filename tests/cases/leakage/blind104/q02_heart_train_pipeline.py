"""train.py - heart disease classifier, v2 (preprocessing inside the pipeline).

Usage:
    python train.py --data data/train.csv --out outputs/
"""
import argparse
import json
import os

import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "trestbps", "chol", "thalach", "oldpeak", "ca"]
CATEGORICAL = ["sex", "cp", "fbs", "restecg", "exang", "slope", "thal"]
TARGET = "target"


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="train.csv")
    p.add_argument("--out", default="outputs")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--test-size", type=float, default=0.2)
    p.add_argument("--C", type=float, default=1.0)
    return p.parse_args()


def load(path):
    df = pd.read_csv(path)
    df = df.replace("?", np.nan)
    for c in NUMERIC:
        df[c] = pd.to_numeric(df[c], errors="coerce")
    df = df.dropna(subset=[TARGET])
    df[TARGET] = (df[TARGET].astype(int) > 0).astype(int)
    return df


def make_model(C):
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore")),
    ])
    pre = ColumnTransformer([
        ("num", numeric, NUMERIC),
        ("cat", categorical, CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=C, max_iter=2000))])


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)

    df = load(args.data)
    print(f"loaded {len(df)} rows, positive share {df[TARGET].mean():.3f}")

    X = df[NUMERIC + CATEGORICAL]
    y = df[TARGET].values
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=args.test_size, random_state=args.seed, stratify=y
    )

    baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
    base_proba = baseline.predict_proba(X_test)[:, 1]

    model = make_model(args.C)
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)

    metrics = {
        "baseline_accuracy": accuracy_score(y_test, baseline.predict(X_test)),
        "baseline_roc_auc": roc_auc_score(y_test, base_proba),
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    }
    for k, v in metrics.items():
        print(f"{k:>18}: {v:.4f}")

    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)
    joblib.dump(model, os.path.join(args.out, "model.joblib"))


if __name__ == "__main__":
    main()
