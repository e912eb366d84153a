"""Churn-snapshots: gradient boosting on a rebalanced sample.

Churn is rare (~5%), so churner snapshots are replicated to give the learner more
positive signal. Validation follows the audit rules in checks():
later months only, and only customers the model has never seen.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CUT = pd.Timestamp("2024-07-01")
REPLICATE = 4


def load():
    task = json.load(open("task.json"))
    tr = pd.read_csv("train.csv", parse_dates=[task["time_column"]])
    te = pd.read_csv("test.csv", parse_dates=[task["time_column"]])
    return task, tr, te


def build_features(df):
    out = pd.DataFrame(index=df.index)
    out["tenure_months"] = df["tenure_months"]
    out["monthly_charges"] = df["monthly_charges"]
    out["has_discount"] = df["has_discount"].astype(int)
    out["logins_30d"] = df["logins_30d"]
    out["days_since_last_login"] = df["days_since_last_login"].fillna(120)
    out["support_tickets_30d"] = df["support_tickets_30d"]
    out["payment_failures_90d"] = df["payment_failures_90d"]
    out["low_engagement"] = ((df["logins_30d"] < 3) & (df["tenure_months"] > 6)).astype(int)
    out = out.join(pd.get_dummies(df["plan"], prefix="plan", dtype=int))
    out = out.join(pd.get_dummies(df["region"], prefix="region", dtype=int))
    return out


def checks(task, fit_df, val_df, feature_cols):
    t, g = task["time_column"], task["group_column"]
    assert fit_df[t].max() < val_df[t].min(), "validation months must follow fit months"
    assert set(fit_df[g]).isdisjoint(val_df[g]), "customer appears on both sides"
    forbidden = set(task["leaky_columns"]) | {task["target"], task["id_column"], g, t}
    assert not forbidden & set(feature_cols), forbidden & set(feature_cols)


def main():
    task, train, test = load()
    y_col, t, g, id_col = (task["target"], task["time_column"],
                           task["group_column"], task["id_column"])
    print("rows:", len(train), "churn rate:", round(train[y_col].mean(), 4))

    churners = train[train[y_col] == 1]
    balanced = pd.concat([train] + [churners] * REPLICATE, ignore_index=True)
    print("after replication churn rate:", round(balanced[y_col].mean(), 4))

    fit_df = balanced[balanced[t] < CUT]
    val_df = balanced[(balanced[t] >= CUT) & ~balanced[g].isin(fit_df[g])]

    X_fit, X_val = build_features(fit_df), build_features(val_df)
    X_val = X_val.reindex(columns=X_fit.columns, fill_value=0)
    checks(task, fit_df, val_df, list(X_fit.columns))

    gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                     subsample=0.8, random_state=5)
    gbm.fit(X_fit, fit_df[y_col])
    p = gbm.predict_proba(X_val)[:, 1]
    base = DummyClassifier(strategy="prior").fit(X_fit, fit_df[y_col])
    p0 = base.predict_proba(X_val)[:, 1]
    print(f"baseline  ROC AUC {roc_auc_score(val_df[y_col], p0):.4f}  "
          f"AP {average_precision_score(val_df[y_col], p0):.4f}")
    print(f"GBM       ROC AUC {roc_auc_score(val_df[y_col], p):.4f}  "
          f"AP {average_precision_score(val_df[y_col], p):.4f}")

    X_all = build_features(balanced)
    X_test = build_features(test).reindex(columns=X_all.columns, fill_value=0)
    gbm.fit(X_all, balanced[y_col])
    pd.DataFrame({id_col: test[id_col], "prediction": gbm.predict_proba(X_test)[:, 1]}) \
        .to_csv("predictions.csv", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
