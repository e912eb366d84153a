"""Loan default: outlier filtering with IsolationForest + compact gradient boosting model.

All data-driven cleaning (outlier detector, imputer, feature selector) is learned on the
training applicants only; the hold-out applicants are scored once.
"""
from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, IsolationForest
from sklearn.feature_selection import SelectFromModel
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("loans")

NUM = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
       "open_accounts", "delinquencies_2y"]


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    out = df[NUM].copy()
    out["log_income"] = np.log1p(out["annual_income"].clip(lower=0))
    out["loan_to_income"] = out["loan_amount"] / out["annual_income"].where(out["annual_income"] > 0)
    dummies = pd.get_dummies(df[["home_ownership", "purpose", "state"]], dtype=float)
    return pd.concat([out, dummies], axis=1)


def main() -> None:
    raw = pd.read_csv("train.csv").drop_duplicates(subset=None)
    X = prepare(raw)
    y = raw["defaulted"].to_numpy()
    groups = raw["applicant_id"].to_numpy()

    tr, ho = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=4).split(X, y, groups))
    X_tr, X_ho, y_tr, y_ho = X.iloc[tr], X.iloc[ho], y[tr], y[ho]
    log.info("train applicants %d, hold-out applicants %d", len(set(groups[tr])), len(set(groups[ho])))

    # outlier filter on the training rows
    num_imp = SimpleImputer(strategy="median").fit(X_tr[NUM])
    iso = IsolationForest(n_estimators=200, contamination=0.01, random_state=4).fit(num_imp.transform(X_tr[NUM]))
    inlier = iso.predict(num_imp.transform(X_tr[NUM])) == 1
    log.info("IsolationForest removed %d training rows", (~inlier).sum())
    X_tr, y_tr = X_tr[inlier], y_tr[inlier]

    model = Pipeline([
        ("imp", SimpleImputer(strategy="median")),
        ("sc", StandardScaler()),
        ("sel", SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear", C=0.05))),
        ("gb", GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=4)),
    ])
    model.fit(X_tr, y_tr)
    n_sel = model.named_steps["sel"].get_support().sum()
    log.info("SelectFromModel kept %d of %d columns", n_sel, X_tr.shape[1])

    prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    for name, est in [("prior", prior), ("gb", model)]:
        p = est.predict_proba(X_ho)[:, 1]
        log.info("%-6s hold-out AUC %.4f  AP %.4f", name, roc_auc_score(y_ho, p), average_precision_score(y_ho, p))

    model.fit(X, y)
    test = pd.read_csv("test.csv")
    X_test = prepare(test).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"application_id": test["application_id"],
                  "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
