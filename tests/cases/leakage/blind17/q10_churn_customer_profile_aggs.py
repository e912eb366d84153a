# churn_model.py -- customer-profile features + boosted trees
#
# Notes to self:
#  - a customer's "usual" behaviour matters more than a single month, so build
#    a per-customer profile (avg logins, peak tickets, failure share) and compare
#    the current month against it.
#  - holdout = Oct-Dec rows of customers with no rows before October.
from __future__ import annotations

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
NOT_FEATURES = {"snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"}


def customer_profile(df: pd.DataFrame) -> pd.DataFrame:
    g = df.groupby("customer_id")
    return df.assign(
        logins_avg=g["logins_30d"].transform("mean"),
        logins_rel=lambda d: d["logins_30d"] / (d["logins_avg"] + 1),
        tickets_peak=g["support_tickets_30d"].transform(lambda s: s.max()),
        failure_share=g["payment_failures_90d"].transform(lambda s: (s > 0).mean()),
        charges_std=g["monthly_charges"].transform("std").fillna(0),
    )


def metrics(y: pd.Series, p: np.ndarray) -> dict[str, float]:
    return {"roc_auc": round(roc_auc_score(y, p), 4),
            "pr_auc": round(average_precision_score(y, p), 4)}


df = (
    pd.read_csv("train.csv")
    .assign(snapshot_month=lambda d: pd.to_datetime(d.snapshot_month))
    .sort_values(["customer_id", "snapshot_month"])
    .pipe(customer_profile)
    .astype({"plan": "category", "region": "category"})
)

df.boxplot(column="logins_rel", by=TARGET, figsize=(5, 4))
plt.suptitle("")
plt.show()
print(df.groupby(TARGET)[["logins_avg", "tickets_peak", "failure_share"]].mean().T)

cutoff = pd.Timestamp("2024-10-01")
seen = df.loc[df.snapshot_month < cutoff, "customer_id"].unique()
train = df[df.snapshot_month < cutoff]
test = df[(df.snapshot_month >= cutoff) & ~df.customer_id.isin(seen)]
print("train", train.shape, "test", test.shape)

features = [c for c in df.columns if c not in NOT_FEATURES]
print(features)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(train[features], train[TARGET])
hgb = HistGradientBoostingClassifier(categorical_features="from_dtype", max_depth=6,
                                     learning_rate=0.05, max_iter=350, random_state=0)
hgb.fit(train[features], train[TARGET])

print("baseline (stratified dummy):", metrics(test[TARGET], dummy.predict_proba(test[features])[:, 1]))
print("hgb:                        ", metrics(test[TARGET], hgb.predict_proba(test[features])[:, 1]))

# top-5% precision -- that's roughly the size of a retention campaign
p = hgb.predict_proba(test[features])[:, 1]
k = int(0.05 * len(test))
top = np.argsort(-p)[:k]
print("precision@5%:", test[TARGET].to_numpy()[top].mean().round(3))
