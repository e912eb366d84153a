import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])

# customer-level behaviour
df["cust_avg_charges"] = df.groupby("customer_id")["monthly_charges"].transform("mean")
df["cust_max_calls"] = df.groupby("customer_id")["support_calls"].transform("max")
df["cust_n_failures"] = df.groupby("customer_id")["payment_failures"].transform("sum")

FEATURES = ["tenure_months", "monthly_charges", "usage_hours", "support_calls",
            "cust_avg_charges", "cust_max_calls", "cust_n_failures"]

early = df[df.snapshot_month < "2024-07-01"]
late = df[df.snapshot_month >= "2024-07-01"]
late = late[~late.customer_id.isin(early.customer_id)]

m = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, verbose=-1)
m.fit(early[FEATURES], early.churned_next_month)
prior = DummyClassifier(strategy="prior").fit(early[FEATURES], early.churned_next_month)
print("prior   ", roc_auc_score(late.churned_next_month, prior.predict_proba(late[FEATURES])[:, 1]))
print("lightgbm", roc_auc_score(late.churned_next_month, m.predict_proba(late[FEATURES])[:, 1]))
