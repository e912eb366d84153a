#!/usr/bin/env python
"""Churn-next-month model with per-customer history features.

Usage: python m09_customer_mean_features.py  (expects train.csv / test.csv in cwd)
"""
import logging

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from xgboost import XGBClassifier

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
ID = "snapshot_id"
BASE_FEATURES = ["tenure_months", "monthly_spend", "logins_30d",
                 "support_tickets_30d", "days_since_last_login"]
HIST_FEATURES = ["cust_avg_logins", "cust_avg_spend", "cust_max_tickets"]
CUTOFF = "2024-07-01"


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    tr["_is_test"] = False
    te["_is_test"] = True
    return pd.concat([tr, te], ignore_index=True)


def add_customer_features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    # typical behaviour of the customer
    df["cust_avg_logins"] = g["logins_30d"].transform("mean")
    df["cust_avg_spend"] = g["monthly_spend"].transform("mean")
    df["cust_max_tickets"] = g["support_tickets_30d"].transform("max")
    return df


def add_plain_features(df):
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
    df["month_num"] = df["snapshot_month"].dt.month
    return df


def main():
    df = add_plain_features(add_customer_features(load()))
    dummies = [c for c in df.columns if c.startswith(("plan_", "region_"))]
    features = BASE_FEATURES + HIST_FEATURES + dummies

    train = df[~df["_is_test"]]
    test = df[df["_is_test"]].sort_values(ID)

    # time cut, then only customers never seen before the cut are validated on
    fit = train[train["snapshot_month"] < CUTOFF]
    val = train[train["snapshot_month"] >= CUTOFF]
    val = val[~val["customer_id"].isin(fit["customer_id"].unique())]
    log.info("fit=%d val=%d val customers=%d", len(fit), len(val), val["customer_id"].nunique())

    # baseline: one-feature logistic regression on tenure
    baseline = LogisticRegression().fit(fit[["tenure_months"]], fit[TARGET])
    p_base = baseline.predict_proba(val[["tenure_months"]])[:, 1]

    model = XGBClassifier(n_estimators=350, max_depth=4, learning_rate=0.05,
                          subsample=0.8, colsample_bytree=0.8,
                          eval_metric="logloss", random_state=0)
    model.fit(fit[features], fit[TARGET])
    p_val = model.predict_proba(val[features])[:, 1]

    for name, p in [("baseline_tenure_logreg", p_base), ("xgb_history", p_val)]:
        log.info("%-24s auc=%.4f ap=%.4f logloss=%.4f", name,
                 roc_auc_score(val[TARGET], p), average_precision_score(val[TARGET], p),
                 log_loss(val[TARGET], p))

    final = XGBClassifier(n_estimators=350, max_depth=4, learning_rate=0.05,
                          subsample=0.8, colsample_bytree=0.8,
                          eval_metric="logloss", random_state=0)
    final.fit(train[features], train[TARGET])
    out = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[features])[:, 1]})
    assert out["prediction"].between(0, 1).all() and not out[ID].duplicated().any()
    out.to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(out))


if __name__ == "__main__":
    main()
