"""Pima diabetes: imputation, scaling and SelectKBest all tuned inside nested CV.

Usage: python g10_pima_diabetes_selection_in_pipeline.py --data diabetes.csv
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

ZERO_AS_MISSING = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]


def load(path):
    df = pd.read_csv(path)
    # zeros are impossible values for these measurements -> mark them missing (row-wise, no statistics)
    df[ZERO_AS_MISSING] = df[ZERO_AS_MISSING].replace(0, np.nan)
    return df.drop(columns="Outcome"), df["Outcome"]


def build_search(inner_cv):
    pipe = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=f_classif)),
        ("clf", LogisticRegression(max_iter=1000)),
    ])
    grid = {"select__k": [3, 4, 5, 6, 8], "clf__C": [0.01, 0.1, 1.0, 10.0]}
    return GridSearchCV(pipe, grid, cv=inner_cv, scoring="roc_auc", n_jobs=-1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="diabetes.csv")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    X, y = load(args.data)
    print("rows:", len(X), "positive rate:", round(y.mean(), 3))
    print("missing per column:\n", X.isna().sum())

    outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
    inner = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed + 1)

    search = build_search(inner)
    nested_auc = cross_val_score(search, X, y, cv=outer, scoring="roc_auc")
    nested_acc = cross_val_score(search, X, y, cv=outer, scoring="accuracy")

    dummy = DummyClassifier(strategy="most_frequent")
    dummy_acc = cross_val_score(dummy, X, y, cv=outer, scoring="accuracy")
    dummy_auc = cross_val_score(dummy, X, y, cv=outer, scoring="roc_auc")

    print(f"baseline (majority)  accuracy {dummy_acc.mean():.3f}  AUC {dummy_auc.mean():.3f}")
    print(f"nested CV            accuracy {nested_acc.mean():.3f}  AUC {nested_auc.mean():.3f} "
          f"(+/- {nested_auc.std():.3f})")

    # which k does the search settle on when given all the data?
    search.fit(X, y)
    chosen = search.best_estimator_.named_steps["select"].get_support()
    print("best params:", search.best_params_)
    print("features kept:", list(X.columns[chosen]))


if __name__ == "__main__":
    main()
