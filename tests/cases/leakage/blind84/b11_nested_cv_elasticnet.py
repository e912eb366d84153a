"""Nested, patient-grouped CV for an elastic-net logistic regression with univariate gene filtering.

Outer loop: StratifiedGroupKFold -> performance estimate.
Inner loop: GridSearchCV over k genes / C / l1_ratio with GroupKFold on the outer-training patients.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, GroupKFold, StratifiedGroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

META = ["sample_id", "patient_id", "age", "sex", "batch",
        "adjuvant_therapy", "survival_months", "tumour"]

PARAM_GRID = {
    "select__k": [50, 200, 1000],
    "clf__C": [0.01, 0.1, 1.0],
    "clf__l1_ratio": [0.2, 0.8],
}


def make_search():
    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif)),
        ("clf", LogisticRegression(penalty="elasticnet", solver="saga", max_iter=5000)),
    ])
    return GridSearchCV(pipe, PARAM_GRID, cv=GroupKFold(n_splits=4), scoring="roc_auc", n_jobs=-1)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in train.columns if c not in META]
    X = np.log2(train[genes] + 1)
    y = train["tumour"].to_numpy()
    groups = train["patient_id"].to_numpy()

    outer = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
    outer_auc, dummy_auc = [], []
    for i, (tr, te) in enumerate(outer.split(X, y, groups)):
        search = make_search()
        search.fit(X.iloc[tr], y[tr], groups=groups[tr])
        auc = roc_auc_score(y[te], search.predict_proba(X.iloc[te])[:, 1])
        dummy = DummyClassifier(strategy="stratified", random_state=i).fit(X.iloc[tr], y[tr])
        d_auc = roc_auc_score(y[te], dummy.predict_proba(X.iloc[te])[:, 1])
        outer_auc.append(auc)
        dummy_auc.append(d_auc)
        print(f"outer fold {i}: AUC={auc:.3f} dummy={d_auc:.3f} best={search.best_params_}")

    print(f"nested CV AUC: {np.mean(outer_auc):.3f} +/- {np.std(outer_auc):.3f}")
    print(f"dummy AUC:     {np.mean(dummy_auc):.3f}")

    final = make_search()
    final.fit(X, y, groups=groups)
    print("final params:", final.best_params_)
    X_test = np.log2(test[genes] + 1)
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
