"""train.py - heart disease classifier (UCI Cleveland subset).

Usage:
    python train.py --data data/train.csv --out outputs/
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

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


def build_features(df):
    X = df[NUMERIC + CATEGORICAL].copy()
    X[NUMERIC] = X[NUMERIC].fillna(X[NUMERIC].median())
    X = pd.get_dummies(X, columns=CATEGORICAL, dummy_na=True)
    return X


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)

    df = load(args.data)
    print(f"loaded {len(df)} rows, positive share {df[TARGET].mean():.3f}")

    X = build_features(df)
    y = df[TARGET].values

    # scale everything so the logistic regression converges
    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X)

    X_train, X_test, y_train, y_test = train_test_split(
        X_scaled, y, test_size=args.test_size, random_state=args.seed, stratify=y
    )

    baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
    base_acc = accuracy_score(y_test, baseline.predict(X_test))

    clf = LogisticRegression(C=args.C, max_iter=2000)
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)

    metrics = {
        "baseline_accuracy": base_acc,
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    }
    for k, v in metrics.items():
        print(f"{k:>18}: {v:.4f}")

    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
