"""churn-snapshots: cross-validated model comparison on point-in-time features.

Two candidates - an L2 logistic regression and a histogram GBM - are compared with the same
customer-grouped folds, then the better one is refit on everything for the submission.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

with open("task.json") as f:
    task = json.load(f)
TARGET, TIME, CUST, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]

def point_in_time_features(df):
    df = df.sort_values([CUST, TIME]).reset_index(drop=True)
    g = df.groupby(CUST)
    df["logins_l1"] = g["logins_30d"].shift(1)
    df["logins_l1_l2_mean"] = (df["logins_l1"] + g["logins_30d"].shift(2)) / 2
    df["logins_drop"] = df["logins_l1_l2_mean"] - df["logins_30d"]
    df["idle_l1"] = g["days_since_last_login"].shift(1)
    df["tickets_prev_cum"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum())
    df["failures_delta"] = g["payment_failures_90d"].diff()
    df["charge_delta"] = g["monthly_charges"].diff()
    df["obs_index"] = g.cumcount()
    return df


df = point_in_time_features(pd.read_csv("train.csv", parse_dates=[TIME]))
test = point_in_time_features(pd.read_csv("test.csv", parse_dates=[TIME]))

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "logins_l1", "logins_l1_l2_mean", "logins_drop",
       "idle_l1", "tickets_prev_cum", "failures_delta", "charge_delta", "obs_index"]
CAT = ["plan", "region"]
X, y = df[NUM + CAT], df[TARGET]

def preprocessor():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


candidates = {
    "logreg": make_pipeline(preprocessor(), LogisticRegression(C=0.5, max_iter=3000)),
    "hgb": make_pipeline(preprocessor(), HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300,
                                                                          min_samples_leaf=50, random_state=0)),
}

cv = GroupKFold(n_splits=5)
rows = []
for name, pipe in candidates.items():
    res = cross_validate(pipe, X, y, groups=df[CUST], cv=cv, scoring=["roc_auc", "average_precision"], n_jobs=-1)
    rows.append({"model": name,
                 "roc_auc": res["test_roc_auc"].mean(), "roc_auc_sd": res["test_roc_auc"].std(),
                 "ap": res["test_average_precision"].mean(), "ap_sd": res["test_average_precision"].std()})
table = pd.DataFrame(rows).set_index("model").round(4)
print(table)

best_name = table["roc_auc"].idxmax()
best = candidates[best_name].fit(X, y)
print("refit", best_name, "on", len(X), "rows")
pd.DataFrame({ID: test[ID], "prediction": best.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
