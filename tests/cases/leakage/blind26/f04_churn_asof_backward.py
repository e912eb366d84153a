"""Churn: last known payment / plan state joined as of each snapshot."""
import pandas as pd
import numpy as np
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

snapshots = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
payments = pd.read_csv("payments.csv", parse_dates=["paid_ts"])
plan_changes = pd.read_csv("plan_changes.csv", parse_dates=["changed_ts"])

payments = payments.sort_values("paid_ts")
payments["failed"] = (payments["status"] != "ok").astype(int)
g = payments.groupby("customer_id")
payments["failed_last3"] = g["failed"].transform(lambda s: s.rolling(3, min_periods=1).sum())
payments["n_payments_so_far"] = g.cumcount() + 1

plan_changes = plan_changes.sort_values("changed_ts")
plan_changes["n_downgrades_so_far"] = (
    (plan_changes["direction"] == "down").astype(int)
    .groupby(plan_changes["customer_id"]).cumsum()
)


def as_of(left, right, right_on, cols):
    """Most recent right-hand row strictly before the snapshot date."""
    return pd.merge_asof(
        left.sort_values("snapshot_month"),
        right[["customer_id", right_on] + cols].sort_values(right_on),
        left_on="snapshot_month", right_on=right_on, by="customer_id",
        direction="backward", allow_exact_matches=False,
    )


df = as_of(snapshots, payments, "paid_ts", ["amount", "failed", "failed_last3", "n_payments_so_far"])
df = as_of(df, plan_changes, "changed_ts", ["n_downgrades_so_far"])
df["days_since_payment"] = (df["snapshot_month"] - df["paid_ts"]).dt.days
df["days_since_plan_change"] = (df["snapshot_month"] - df["changed_ts"]).dt.days
df = df.drop(columns=["paid_ts", "changed_ts"])

num = ["monthly_fee", "tenure_months", "n_products", "amount", "failed", "failed_last3",
       "n_payments_so_far", "n_downgrades_so_far", "days_since_payment", "days_since_plan_change"]
df[["n_downgrades_so_far", "n_payments_so_far", "failed_last3"]] = \
    df[["n_downgrades_so_far", "n_payments_so_far", "failed_last3"]].fillna(0)
df["plan_type"] = df["plan_type"].astype("category")
features = num + ["plan_type"]

split_month = pd.Timestamp("2023-04-01")
train = df.loc[df.snapshot_month < split_month]
holdout = df.loc[df.snapshot_month >= split_month]
holdout = holdout.loc[~holdout.customer_id.isin(train.customer_id.unique())]

y_col = "churned_next_month"
clf = LGBMClassifier(n_estimators=500, learning_rate=0.02, num_leaves=15,
                     min_child_samples=80, reg_lambda=1.0, random_state=1)
clf.fit(train[features], train[y_col])
scores = clf.predict_proba(holdout[features])[:, 1]

ref = DummyClassifier(strategy="stratified", random_state=0).fit(train[features], train[y_col])
ref_scores = ref.predict_proba(holdout[features])[:, 1]

print("holdout customers:", holdout.customer_id.nunique())
print("dummy  auc", round(roc_auc_score(holdout[y_col], ref_scores), 3),
      "ap", round(average_precision_score(holdout[y_col], ref_scores), 3))
print("lgbm   auc", round(roc_auc_score(holdout[y_col], scores), 3),
      "ap", round(average_precision_score(holdout[y_col], scores), 3))
