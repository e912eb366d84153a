"""Logistic-regression churn model with a ColumnTransformer.

Holdout design
--------------
* 20% of customers are set aside as "holdout customers".
* The model learns from the other customers' Jan-Jun snapshots.
* It is scored on the holdout customers' Jul-Sep snapshots.
So the evaluation is forward in time and on customers the model never saw.
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

DATA = Path(".")
TARGET = "churned_next_month"
NUM_COLS = ["tenure_months", "monthly_spend", "logins_30d",
            "support_tickets_30d", "days_since_last_login"]
CAT_COLS = ["plan", "region"]
FEATURES = NUM_COLS + CAT_COLS
SEED = 2024


def load():
    train = pd.read_csv(DATA / "train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv(DATA / "test.csv", parse_dates=["snapshot_month"])
    for d in (train, test):
        d["log_spend"] = np.log1p(d["monthly_spend"].clip(lower=0))
    return train, test


def build_preprocess():
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categorical = OneHotEncoder(handle_unknown="ignore")
    return ColumnTransformer(
        [("num", numeric, NUM_COLS + ["log_spend"]), ("cat", categorical, CAT_COLS)]
    )


def split(train):
    rng = np.random.default_rng(SEED)
    customers = train["customer_id"].unique()
    holdout_customers = rng.choice(customers, size=int(0.2 * len(customers)), replace=False)
    in_holdout = train["customer_id"].isin(holdout_customers)
    cut = pd.Timestamp("2024-07-01")
    fit_part = train[~in_holdout & (train["snapshot_month"] < cut)]
    eval_part = train[in_holdout & (train["snapshot_month"] >= cut)]
    return fit_part, eval_part


def report(name, y, p):
    print(f"{name:<10} roc_auc={roc_auc_score(y, p):.4f} "
          f"pr_auc={average_precision_score(y, p):.4f} brier={brier_score_loss(y, p):.4f}")


def main():
    train, test = load()
    fit_part, eval_part = split(train)
    print(f"fit: {len(fit_part)} rows, eval: {len(eval_part)} rows "
          f"({eval_part['customer_id'].nunique()} customers)")

    cols = FEATURES + ["log_spend"]
    # encode/scale once so the fit and eval matrices share the same columns
    prep = build_preprocess()
    X_all = prep.fit_transform(train[cols])
    X_fit, X_eval = X_all[fit_part.index.to_numpy()], X_all[eval_part.index.to_numpy()]

    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
    clf.fit(X_fit, fit_part[TARGET])

    dummy = DummyClassifier(strategy="prior").fit(X_fit, fit_part[TARGET])

    y_eval = eval_part[TARGET]
    report("dummy", y_eval, dummy.predict_proba(X_eval)[:, 1])
    report("logreg", y_eval, clf.predict_proba(X_eval)[:, 1])

    coefs = clf.coef_.ravel()
    names = prep.get_feature_names_out()
    print(pd.Series(coefs, index=names).sort_values().round(3).to_string())

    clf.fit(X_all, train[TARGET])
    submission = pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "prediction": clf.predict_proba(prep.transform(test[cols]))[:, 1],
    })
    submission.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
