"""
Nested cross-validation for a small-n / large-p expression dataset.

Outer loop: 5x repeated stratified 5-fold -> generalisation estimate.
Inner loop: GridSearchCV over (k selected genes, C, gamma).
Usage: python g11_nested_cv.py expression.csv
"""
import sys
import time
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import (GridSearchCV, RepeatedStratifiedKFold,
                                     StratifiedKFold, cross_validate)


def load(path):
    df = pd.read_csv(path, index_col=0)
    y = (df.pop("phenotype") == "tumour").astype(int).values
    X = np.log2(df.values + 1.0)          # row-wise, no fitted statistics
    return X, y, df.columns


def build_search(inner_cv):
    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=f_classif)),
        ("svm", SVC(kernel="rbf", probability=False)),
    ])
    grid = {
        "select__k": [20, 50, 100, 500],
        "svm__C": [0.1, 1, 10, 100],
        "svm__gamma": ["scale", 1e-3, 1e-4],
    }
    return GridSearchCV(pipe, grid, cv=inner_cv, scoring="roc_auc", n_jobs=-1, refit=True)


def main(path):
    X, y, genes = load(path)
    print(f"n={X.shape[0]} samples, p={X.shape[1]} genes, prevalence={y.mean():.2f}")

    inner = StratifiedKFold(n_splits=4, shuffle=True, random_state=1)
    outer = RepeatedStratifiedKFold(n_splits=5, n_repeats=5, random_state=2)
    search = build_search(inner)

    t0 = time.time()
    nested = cross_validate(search, X, y, cv=outer, scoring=["roc_auc", "balanced_accuracy"],
                            return_estimator=True, n_jobs=1)
    print(f"nested CV took {time.time() - t0:.0f}s")
    auc = nested["test_roc_auc"]
    bacc = nested["test_balanced_accuracy"]
    print(f"nested AUC      {auc.mean():.3f} +- {auc.std():.3f}")
    print(f"nested bal.acc  {bacc.mean():.3f} +- {bacc.std():.3f}")

    chance = cross_validate(DummyClassifier(strategy="stratified", random_state=0), X, y,
                            cv=outer, scoring=["roc_auc", "balanced_accuracy"])
    print(f"dummy AUC       {chance['test_roc_auc'].mean():.3f}")
    print(f"dummy bal.acc   {chance['test_balanced_accuracy'].mean():.3f}")

    # how stable are the chosen hyper-parameters across outer folds?
    chosen = pd.DataFrame([est.best_params_ for est in nested["estimator"]])
    print(chosen.value_counts().head(10))

    # genes picked most often by the inner selection
    counts = pd.Series(0, index=genes)
    for est in nested["estimator"]:
        mask = est.best_estimator_.named_steps["select"].get_support()
        counts[mask] += 1
    print(counts.sort_values(ascending=False).head(20))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "expression.csv")
