"""Churn model refresh: cross-validated check after the pricing change.

Before shipping the refreshed gradient-boosting model, estimate its accuracy
with 5-fold stratified cross-validation over the full 2022-2024 account-month
panel and compare with always predicting "no churn".
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier

NUM = ["seats", "monthly_fee", "discount_pct", "logins_30d", "active_users_30d", "tickets_30d",
       "nps_last", "tenure_months", "payment_failures_90d", "fee_per_seat", "logins_drop"]
CAT = ["plan", "region"]

df = pd.read_parquet("data/account_months.parquet")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["account_id", "snapshot_month"]).reset_index(drop=True)
df["fee_per_seat"] = df["monthly_fee"] / df["seats"].clip(lower=1)
df["logins_drop"] = df.groupby("account_id")["logins_30d"].pct_change().fillna(0).clip(-1, 5)
print(df.groupby(df["snapshot_month"].dt.year)["churned"].agg(["mean", "size"]))

X, y = df[NUM + CAT], df["churned"]

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
gbm = Pipeline([("prep", prep), ("gb", GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                                                  learning_rate=0.05, random_state=0))])
always_stay = DummyClassifier(strategy="most_frequent")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
acc_gbm = cross_val_score(gbm, X, y, cv=cv, scoring="accuracy")
acc_dummy = cross_val_score(always_stay, X, y, cv=cv, scoring="accuracy")

print("fold accuracy (gbm):  ", np.round(acc_gbm, 4))
print(f"mean accuracy gbm {acc_gbm.mean():.4f} +/- {acc_gbm.std():.4f}")
print(f"mean accuracy 'no churn' baseline {acc_dummy.mean():.4f}")
