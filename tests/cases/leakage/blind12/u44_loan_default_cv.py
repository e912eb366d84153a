"""Loan default model — stratified CV of a preprocessing+GBM pipeline.

    python u44_loan_default_cv.py --folds 5
"""
import argparse
import logging
from functools import partial

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import make_scorer, roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

log = logging.getLogger("loans")
TARGET, ID = "defaulted", "loan_id"
NUM = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti",
       "emp_length_years", "delinq_2yrs", "revol_util", "open_accounts"]
CAT = ["grade", "home_ownership", "purpose"]


def make_pipeline(lr: float = 0.05, leaves: int = 31) -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median", add_indicator=True), NUM),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                               encoded_missing_value=-2), CAT),
    ])
    n_num = len(NUM)
    gbm = HistGradientBoostingClassifier(learning_rate=lr, max_leaf_nodes=leaves, max_iter=400,
                                         categorical_features=list(range(n_num * 2, n_num * 2 + len(CAT))),
                                         random_state=0)
    return Pipeline([("pre", pre), ("gbm", gbm)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    df = pd.read_csv("train.csv")
    X, y = df[NUM + CAT], df[TARGET]
    log.info("%d loans, default rate %.3f", len(df), y.mean())

    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    scoring = {"roc_auc": "roc_auc", "ap": make_scorer(average_precision_score, response_method="predict_proba")}
    run = partial(cross_validate, X=X, y=y, cv=cv, scoring=scoring, n_jobs=-1)

    results = {
        "dummy": run(DummyClassifier(strategy="prior")),
        "gbm": run(make_pipeline()),
    }
    for name, r in results.items():
        log.info("%-6s AUC %.4f +- %.4f | AP %.4f", name, np.mean(r["test_roc_auc"]),
                 np.std(r["test_roc_auc"]), np.mean(r["test_ap"]))

    test = pd.read_csv("test.csv")
    model = make_pipeline().fit(X, y)
    pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
