"""Loan default: balanced training set, univariate feature screening, tuned SVM.

Usage: python u47_loan_kbest_grid.py --k 12
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.utils import resample

log = logging.getLogger("loan.svm")
TARGET = "defaulted"
NUMERIC = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti",
           "emp_length_years", "delinq_2yrs", "revol_util", "open_accounts"]


def design(df: pd.DataFrame) -> pd.DataFrame:
    X = df[NUMERIC].fillna(0.0).copy()
    X["log_income"] = np.log1p(df["annual_income"].clip(lower=0))
    X["installment_proxy"] = df["loan_amount"] * df["interest_rate"] / df["term_months"]
    X = X.join(pd.get_dummies(df[["grade", "home_ownership", "purpose"]], dtype=float))
    return X


def balance(df: pd.DataFrame, seed: int) -> pd.DataFrame:
    majority = df[df[TARGET] == 0]
    minority = df[df[TARGET] == 1]
    minority_up = resample(minority, replace=True, n_samples=len(majority) // 2, random_state=seed)
    return pd.concat([majority, minority_up]).sample(frac=1, random_state=seed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=12)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = balance(pd.read_csv("train.csv"), args.seed)
    X, y = design(df), df[TARGET]
    log.info("balanced training set: %d rows, default share %.2f", len(y), y.mean())

    kbest = SelectKBest(f_classif, k=args.k).fit(X, y)
    cols = X.columns[kbest.get_support()]
    log.info("kept: %s", list(cols))

    grid = GridSearchCV(
        Pipeline([("sc", StandardScaler()), ("svm", SVC(probability=True))]),
        {"svm__C": [0.3, 1, 3, 10], "svm__gamma": ["scale", 0.03, 0.1]},
        cv=StratifiedKFold(5, shuffle=True, random_state=args.seed),
        scoring="roc_auc", n_jobs=-1,
    ).fit(X[cols], y)
    log.info("best params %s, CV AUC %.4f", grid.best_params_, grid.best_score_)

    test = pd.read_csv("test.csv")
    Xt = design(test).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"loan_id": test["loan_id"],
                  "prediction": grid.predict_proba(Xt[cols])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
