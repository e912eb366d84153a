"""Interpretable churn baseline-plus: regularised logistic regression.

I went for a linear model on purpose: the retention team wants to know *why*
a customer is flagged, and the coefficients answer that directly.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

with open("task.json") as fh:
    TASK = json.load(fh)

TARGET = TASK["target"]
TIME = TASK["time_column"]
CUSTOMER = TASK["group_column"]
ID = TASK["id_column"]

NUMERIC = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "logins_change", "tickets_change"]
BINARY = ["has_discount"]
CATEGORICAL = ["plan", "region"]


def add_changes(df):
    df = df.sort_values([CUSTOMER, TIME]).copy()
    g = df.groupby(CUSTOMER)
    df["logins_change"] = df["logins_30d"] - g["logins_30d"].shift(1)
    df["tickets_change"] = df["support_tickets_30d"] - g["support_tickets_30d"].shift(1)
    return df


def build_matrix(df, imputer=None, scaler=None):
    """Impute + standardise numerics, one-hot the categoricals.

    Returns the matrix and the fitted imputer/scaler so the exact same
    transformation can be applied to test.csv later.
    """
    num = df[NUMERIC]
    if imputer is None:
        imputer = SimpleImputer(strategy="median").fit(num)
    if scaler is None:
        scaler = StandardScaler().fit(imputer.transform(num))
    num = pd.DataFrame(scaler.transform(imputer.transform(num)), columns=NUMERIC, index=df.index)
    cats = pd.get_dummies(df[CATEGORICAL], dtype=float)
    return pd.concat([num, df[BINARY].astype(float), cats], axis=1), imputer, scaler


def holdout_masks(df, share=0.2, cutoff="2024-07-01", seed=1):
    rng = np.random.default_rng(seed)
    customers = df[CUSTOMER].unique()
    held = rng.choice(customers, int(share * len(customers)), replace=False)
    is_held = df[CUSTOMER].isin(held)
    cutoff = pd.Timestamp(cutoff)
    return (~is_held) & (df[TIME] < cutoff), is_held & (df[TIME] >= cutoff)


def main():
    train = add_changes(pd.read_csv("train.csv", parse_dates=[TIME]))
    test = add_changes(pd.read_csv("test.csv", parse_dates=[TIME]))
    print(train.shape, test.shape, f"churn rate {train[TARGET].mean():.3%}")

    X, imputer, scaler = build_matrix(train)
    y = train[TARGET]

    fit_mask, eval_mask = holdout_masks(train)
    X_fit, y_fit = X[fit_mask], y[fit_mask]
    X_eval, y_eval = X[eval_mask], y[eval_mask]
    print("fit", X_fit.shape, "eval", X_eval.shape)

    baseline = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
    model = LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000)
    model.fit(X_fit, y_fit)

    for name, est in [("baseline", baseline), ("logreg", model)]:
        p = est.predict_proba(X_eval)[:, 1]
        print(f"{name:9s} AUC={roc_auc_score(y_eval, p):.4f} AP={average_precision_score(y_eval, p):.4f}")

    coefs = pd.Series(model.coef_[0], index=X.columns).sort_values()
    print("\nstrongest drivers:\n", pd.concat([coefs.head(5), coefs.tail(5)]))

    model.fit(X, y)
    X_test, _, _ = build_matrix(test, imputer, scaler)
    X_test = X_test.reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
