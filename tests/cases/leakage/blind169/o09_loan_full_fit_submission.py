#!/usr/bin/env python
"""Train the default model on all labelled loans and write predictions.csv.

Quick sanity metrics are printed for the gradient boosting model and for a
one-feature baseline (credit score only logistic regression).
"""
import argparse

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

DROP = ["loan_id", "borrower_id", "application_date", "collections_flag", "recovery_amount", "defaulted"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--out", default="predictions.csv")
    ap.add_argument("--trees", type=int, default=350)
    return ap.parse_args()


def make_matrix(df, columns=None):
    X = df.drop(columns=[c for c in DROP if c in df.columns]).copy()
    X["emp_years"] = X.pop("employment_length").str.extract(r"(\d+)").astype(float)[0]
    X["lti"] = X["loan_amount"] / X["annual_income"].clip(lower=1)
    X = pd.get_dummies(X, columns=["home_ownership", "purpose"], dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def main():
    args = parse_args()
    train = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    y = train["defaulted"].values

    X = make_matrix(train)
    X_test = make_matrix(test, columns=X.columns)
    print("design matrix:", X.shape)

    model = xgb.XGBClassifier(
        n_estimators=args.trees, max_depth=5, learning_rate=0.05,
        subsample=0.8, colsample_bytree=0.7, reg_lambda=2.0,
        eval_metric="logloss", random_state=11,
    )
    model.fit(X, y)
    p = model.predict_proba(X)[:, 1]

    score_only = X[["credit_score"]]
    baseline = LogisticRegression(max_iter=1000).fit(score_only, y)
    p_base = baseline.predict_proba(score_only)[:, 1]

    print(f"baseline (credit score) AUC={roc_auc_score(y, p_base):.4f} AP={average_precision_score(y, p_base):.4f} "
          f"logloss={log_loss(y, p_base):.4f}")
    print(f"xgboost                 AUC={roc_auc_score(y, p):.4f} AP={average_precision_score(y, p):.4f} "
          f"logloss={log_loss(y, p):.4f}")

    top = pd.Series(model.feature_importances_, index=X.columns).nlargest(10)
    print(top)

    preds = model.predict_proba(X_test)[:, 1]
    pd.DataFrame({"loan_id": test["loan_id"], "prediction": np.clip(preds, 0, 1)}).to_csv(args.out, index=False)
    print("saved", args.out)


if __name__ == "__main__":
    main()
