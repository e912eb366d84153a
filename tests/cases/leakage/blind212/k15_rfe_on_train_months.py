"""Churn take-home: recursive feature elimination + logistic regression.

Selection is done on the training months only; the holdout (Jul-Sep, customers
without earlier snapshots) is touched once, at the end, for the numbers in the memo.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
BASE_NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default=".")
    ap.add_argument("--n-features", type=int, default=7)
    ap.add_argument("--holdout-start", default="2024-07-01")
    return ap.parse_args()


def design_matrix(df):
    X = df[BASE_NUM].fillna(0).astype(float).copy()
    X["log_usage"] = np.log1p(X["usage_hours"].clip(lower=0))
    X["log_charges"] = np.log1p(X["monthly_charges"].clip(lower=0))
    X["tickets_gt_2"] = (X["support_tickets"] > 2).astype(float)
    X["failures_any"] = (X["payment_failures"] > 0).astype(float)
    X["short_tenure"] = (X["tenure_months"] < 6).astype(float)
    X["usage_x_tenure"] = X["usage_hours"] * X["tenure_months"]
    for p in ["basic", "standard", "premium", "family"]:
        X[f"plan_{p}"] = (df["plan"].astype(str).str.lower() == p).astype(float)
    return X


def main():
    args = parse_args()
    train = pd.read_csv(f"{args.data_dir}/train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv(f"{args.data_dir}/test.csv", parse_dates=["snapshot_month"])

    X = design_matrix(train)
    y = train[TARGET].to_numpy()

    start = pd.Timestamp(args.holdout_start)
    in_train = train["snapshot_month"] < start
    seen = train.loc[in_train, "customer_id"].unique()
    in_hold = (train["snapshot_month"] >= start) & ~train["customer_id"].isin(seen)
    print(f"train rows {in_train.sum()}, holdout rows {in_hold.sum()} ({y[in_hold].sum()} churners)")

    X_tr, y_tr = X[in_train], y[in_train]
    X_ho, y_ho = X[in_hold], y[in_hold]

    scaler = StandardScaler().fit(X_tr)
    X_tr_s = scaler.transform(X_tr)
    X_ho_s = scaler.transform(X_ho)

    rfe = RFE(LogisticRegression(max_iter=2000, class_weight="balanced"), n_features_to_select=args.n_features)
    rfe.fit(X_tr_s, y_tr)
    ranking = pd.Series(rfe.ranking_, index=X.columns).sort_values()
    print("RFE ranking (train months):")
    print(ranking)
    cols = np.where(rfe.support_)[0]

    clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3)
    clf.fit(X_tr_s[:, cols], y_tr)
    base = DummyClassifier(strategy="prior").fit(X_tr_s, y_tr)

    p_clf = clf.predict_proba(X_ho_s[:, cols])[:, 1]
    p_base = base.predict_proba(X_ho_s)[:, 1]
    for name, p in (("prior baseline", p_base), ("rfe + logreg", p_clf)):
        print(
            f"{name:15s} auc={roc_auc_score(y_ho, p):.4f} ap={average_precision_score(y_ho, p):.4f} "
            f"logloss={log_loss(y_ho, np.clip(p, 1e-6, 1 - 1e-6)):.4f}"
        )

    # submission: same recipe on all of train.csv
    scaler_all = StandardScaler().fit(X)
    rfe_all = RFE(LogisticRegression(max_iter=2000, class_weight="balanced"), n_features_to_select=args.n_features)
    rfe_all.fit(scaler_all.transform(X), y)
    cols_all = np.where(rfe_all.support_)[0]
    final = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3)
    final.fit(scaler_all.transform(X)[:, cols_all], y)
    X_test = scaler_all.transform(design_matrix(test))[:, cols_all]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False
    )
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
