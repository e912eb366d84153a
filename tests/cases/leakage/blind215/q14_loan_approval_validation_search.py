#!/usr/bin/env python
# Loan approval prediction (kaggle: architsharma01/loan-approval-prediction-dataset)
# Model search on a validation split; the test split is only touched once at the very end.

import itertools
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier
from sklearn.base import clone
from sklearn.metrics import roc_auc_score, accuracy_score, f1_score
from lightgbm import LGBMClassifier

SEED = 2024


def load(path="loan_approval_dataset.csv"):
    df = pd.read_csv(path)
    df.columns = df.columns.str.strip()
    for c in ["education", "self_employed", "loan_status"]:
        df[c] = df[c].str.strip()
    df["loan_status"] = (df["loan_status"] == "Approved").astype(int)
    df["assets_total"] = (df["residential_assets_value"] + df["commercial_assets_value"]
                          + df["luxury_assets_value"] + df["bank_asset_value"])
    df["loan_to_income"] = df["loan_amount"] / df["income_annum"]
    return df.drop(columns=["loan_id"])


df = load()
X = df.drop(columns="loan_status")
y = df["loan_status"]
cat_cols = ["education", "self_employed"]
num_cols = [c for c in X.columns if c not in cat_cols]

# 60 / 20 / 20
X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25,
                                                  stratify=y_rest, random_state=SEED)
print(len(X_train), len(X_val), len(X_test))

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(drop="if_binary"), cat_cols),
])

search_space = {
    "logreg": (LogisticRegression, [{"C": c, "max_iter": 2000} for c in [0.01, 0.1, 1, 10]]),
    "knn": (KNeighborsClassifier, [{"n_neighbors": k} for k in [5, 15, 31]]),
    "rf": (RandomForestClassifier, [
        {"n_estimators": n, "max_depth": d, "random_state": SEED, "n_jobs": -1}
        for n, d in itertools.product([200, 500], [None, 8, 16])
    ]),
    "lgbm": (LGBMClassifier, [
        {"n_estimators": n, "learning_rate": lr, "num_leaves": 31, "random_state": SEED, "verbose": -1}
        for n, lr in itertools.product([200, 600], [0.03, 0.1])
    ]),
}

leaderboard = []
for family, (cls, grid) in search_space.items():
    for params in grid:
        pipe = Pipeline([("prep", prep), ("clf", cls(**params))])
        pipe.fit(X_train, y_train)
        val_auc = roc_auc_score(y_val, pipe.predict_proba(X_val)[:, 1])
        leaderboard.append({"family": family, "params": params, "val_auc": val_auc, "pipe": pipe})

lb = pd.DataFrame(leaderboard).sort_values("val_auc", ascending=False)
print(lb[["family", "params", "val_auc"]].head(10).to_string())

best = lb.iloc[0]
print("selected on validation:", best["family"], best["params"], round(best["val_auc"], 4))

# refit the selected configuration on train+val, then score the test split once
final_pipe = clone(best["pipe"])
final_pipe.fit(X_rest, y_rest)
proba = final_pipe.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

baseline = DummyClassifier(strategy="prior").fit(X_rest, y_rest)
base_proba = baseline.predict_proba(X_test)[:, 1]

print("\n=== test set ===")
print(f"baseline (prior) ROC AUC: {roc_auc_score(y_test, base_proba):.4f}  "
      f"accuracy: {accuracy_score(y_test, baseline.predict(X_test)):.4f}")
print(f"selected model   ROC AUC: {roc_auc_score(y_test, proba):.4f}  "
      f"accuracy: {accuracy_score(y_test, pred):.4f}  F1: {f1_score(y_test, pred):.4f}")
