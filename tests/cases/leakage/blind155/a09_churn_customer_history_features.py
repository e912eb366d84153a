"""Churn: engagement-history features + XGBoost, validated with a
customer-disjoint expanding window."""
import json

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from xgboost import XGBClassifier

T = json.load(open("task.json"))
TARGET, TIME, CUST, SID = T["target"], T["time_column"], T["group_column"], T["id_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
train["_is_test"] = 0
test["_is_test"] = 1
both = pd.concat([train, test], ignore_index=True).sort_values([CUST, TIME])

# ---- feature engineering ---------------------------------------------------
g = both.groupby(CUST)
both["cust_avg_logins"] = g["logins_30d"].transform("mean")
both["cust_max_tickets"] = g["support_tickets_30d"].transform("max")
both["cust_std_charges"] = g["monthly_charges"].transform("std").fillna(0)
both["logins_vs_avg"] = both["logins_30d"] / (both["cust_avg_logins"] + 1)
both["n_snapshots"] = g[TIME].transform("count")
both["plan_code"] = both["plan"].astype("category").cat.codes
both["region_code"] = both["region"].astype("category").cat.codes
both["month_of_year"] = both[TIME].dt.month

FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "cust_avg_logins", "cust_max_tickets", "cust_std_charges", "logins_vs_avg",
            "n_snapshots", "plan_code", "region_code"]

train = both[both._is_test == 0].sort_values(TIME).reset_index(drop=True)
test = both[both._is_test == 1].copy()


# ---- validation --------------------------------------------------------------
def expanding_customer_disjoint(frame, first_val_month="2024-06-01", val_frac=0.25, seed=7):
    rng = np.random.RandomState(seed)
    custs = frame[CUST].unique()
    val_pool = set(rng.choice(custs, int(val_frac * len(custs)), replace=False))
    in_pool = frame[CUST].isin(val_pool).values
    months = frame[TIME].values
    for m in np.sort(np.unique(months[months >= np.datetime64(first_val_month)])):
        yield np.where((months < m) & ~in_pool)[0], np.where((months == m) & in_pool)[0]


res = []
for tr, va in expanding_customer_disjoint(train):
    clf = XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8,
                        colsample_bytree=0.8, eval_metric="aucpr", n_jobs=4, random_state=0)
    clf.fit(train.loc[tr, FEATURES], train.loc[tr, TARGET])
    y_va = train.loc[va, TARGET]
    p = clf.predict_proba(train.loc[va, FEATURES])[:, 1]
    base = np.repeat(train.loc[tr, TARGET].mean(), len(va))  # prior-rate baseline
    res.append([train.loc[va, TIME].iloc[0].strftime("%Y-%m"),
                roc_auc_score(y_va, p), average_precision_score(y_va, p),
                roc_auc_score(y_va, base), average_precision_score(y_va, base)])

res = pd.DataFrame(res, columns=["month", "auc", "ap", "base_auc", "base_ap"])
print(res.round(4))
print(res.mean(numeric_only=True).round(4))

clf = XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8,
                    colsample_bytree=0.8, eval_metric="aucpr", n_jobs=4, random_state=0)
clf.fit(train[FEATURES], train[TARGET])
test["prediction"] = clf.predict_proba(test[FEATURES])[:, 1]
test[[SID, "prediction"]].to_csv("predictions.csv", index=False)
