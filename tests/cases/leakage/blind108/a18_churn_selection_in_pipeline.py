"""Churn next month: engineered features -> mutual-information top-k -> gradient boosting.

All learned steps (selection included) live in one Pipeline, fitted on the Jan-Jun part.
Holdout: Jul-Sep snapshots of customers that have no Jan-Jun snapshot.
"""
import json
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = (task[k] for k in ("target", "id_column", "time_column", "group_column"))

CATS = ["plan", "region", "payment_method", "contract_type"]
NUMS = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
        "payment_failures_90d", "avg_session_minutes", "discount_pct"]


def engineer(df):
    out = pd.get_dummies(df[CATS], dtype=float)
    num = df[NUMS].fillna(0)
    out = pd.concat([out, num], axis=1)
    out["charges_x_failures"] = num["monthly_charges"] * num["payment_failures_90d"]
    out["tickets_per_login"] = num["support_tickets_30d"] / (num["logins_30d"] + 1)
    out["low_engagement"] = (num["logins_30d"] < 3).astype(float)
    out["new_customer"] = (num["tenure_months"] < 6).astype(float)
    return out


def build(k=15):
    return Pipeline([
        ("select", SelectKBest(partial(mutual_info_classif, random_state=0), k=k)),
        ("gbm", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0)),
    ])


def main():
    train = pd.read_csv("train.csv", parse_dates=[TIME])
    test = pd.read_csv("test.csv", parse_dates=[TIME])
    X = engineer(train)
    X_test = engineer(test).reindex(columns=X.columns, fill_value=0)
    y = train[TARGET]

    cut = pd.Timestamp("2024-07-01")
    fit_mask = train[TIME] < cut
    val_mask = (train[TIME] >= cut) & ~train[GROUP].isin(train.loc[fit_mask, GROUP])
    print(f"fit={fit_mask.sum()} val={val_mask.sum()} val_rate={y[val_mask].mean():.4f}")

    pipe = build().fit(X[fit_mask], y[fit_mask])
    chosen = X.columns[pipe.named_steps["select"].get_support()].tolist()
    print("selected:", chosen)
    p = pipe.predict_proba(X[val_mask])[:, 1]

    prior = DummyClassifier(strategy="prior").fit(X[fit_mask], y[fit_mask])
    p0 = prior.predict_proba(X[val_mask])[:, 1]
    print(f"ROC AUC model={roc_auc_score(y[val_mask], p):.4f} prior={roc_auc_score(y[val_mask], p0):.4f}")
    print(f"AP      model={average_precision_score(y[val_mask], p):.4f} "
          f"prior={average_precision_score(y[val_mask], p0):.4f}")

    final = build().fit(X, y)
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
