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
from sklearn.pipeline import Pipeline, make_pipeline
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
    model = Pipeline([
        ("prep", build_preprocess()),
        ("clf", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
    ])
    model.fit(fit_part[cols], fit_part[TARGET])

    dummy = DummyClassifier(strategy="prior").fit(fit_part[cols], fit_part[TARGET])

    y_eval = eval_part[TARGET]
    report("dummy", y_eval, dummy.predict_proba(eval_part[cols])[:, 1])
    report("logreg", y_eval, model.predict_proba(eval_part[cols])[:, 1])

    coefs = model.named_steps["clf"].coef_.ravel()
    names = model.named_steps["prep"].get_feature_names_out()
    print(pd.Series(coefs, index=names).sort_values().round(3).to_string())

    model.fit(train[cols], train[TARGET])
    submission = pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "prediction": model.predict_proba(test[cols])[:, 1],
    })
    submission.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
