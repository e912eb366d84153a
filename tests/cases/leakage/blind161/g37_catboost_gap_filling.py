"""CatBoost churn model for the churn-snapshots take-home.

Usage data has gaps (a month where logins / tickets were not recorded). Within a customer the
values are very stable month to month, so gaps are filled from the customer's neighbouring
snapshot instead of a global constant.
"""
import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUST = "customer_id"
ID = "snapshot_id"
CAT_FEATURES = ["plan", "region"]
USAGE = ["logins_30d", "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
FEATURES = ["tenure_months", "monthly_charges", "has_discount"] + USAGE + CAT_FEATURES


def fill_gaps(df):
    df = df.sort_values([CUST, TIME]).copy()
    print("missing before:", df[USAGE].isna().sum().to_dict())
    df[USAGE] = df.groupby(CUST)[USAGE].bfill()
    df[USAGE] = df[USAGE].fillna(0)
    return df


train = fill_gaps(pd.read_csv("train.csv", parse_dates=[TIME]))
test = fill_gaps(pd.read_csv("test.csv", parse_dates=[TIME]))
print(train.shape, test.shape, "churn rate", round(train[TARGET].mean(), 4))

cut = pd.Timestamp("2024-07-01")
trn = train[train[TIME] < cut]
val = train[(train[TIME] >= cut) & (~train[CUST].isin(trn[CUST].unique()))]
print(f"trn {len(trn)} rows / val {len(val)} rows from {val[CUST].nunique()} unseen customers")

cb_params = dict(iterations=800, learning_rate=0.03, depth=5, l2_leaf_reg=5,
                 auto_class_weights="Balanced", random_seed=0, verbose=200)
model = CatBoostClassifier(**cb_params)
model.fit(trn[FEATURES], trn[TARGET], cat_features=CAT_FEATURES)
p_val = model.predict_proba(val[FEATURES])[:, 1]

# baseline: one-feature logistic regression on recency of last login
base = LogisticRegression().fit(trn[["days_since_last_login"]], trn[TARGET])
p_base = base.predict_proba(val[["days_since_last_login"]])[:, 1]

print("baseline (recency-only logreg): AUC %.4f  AP %.4f" % (
    roc_auc_score(val[TARGET], p_base), average_precision_score(val[TARGET], p_base)))
print("catboost:                       AUC %.4f  AP %.4f" % (
    roc_auc_score(val[TARGET], p_val), average_precision_score(val[TARGET], p_val)))

print(pd.Series(model.get_feature_importance(), index=FEATURES).sort_values(ascending=False))

final = CatBoostClassifier(**cb_params)
final.fit(train[FEATURES], train[TARGET], cat_features=CAT_FEATURES)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
with open("metrics.json", "w") as f:
    json.dump({"roc_auc": float(roc_auc_score(val[TARGET], p_val)),
               "average_precision": float(average_precision_score(val[TARGET], p_val))}, f)
