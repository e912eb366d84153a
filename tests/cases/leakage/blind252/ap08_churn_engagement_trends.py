# Churn - engagement features
# Idea: a customer logging in 5 times isn't at risk if they always log in 5 times.
# What matters is the drop vs their own normal. "Normal" = their history up to
# the previous snapshot (can't use months we wouldn't have at scoring time).

import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
print(df.shape, df.churned_next_month.mean())


# --- customer history features, previous snapshots only
def add_history(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    d["cust_avg_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    d["cust_max_tickets"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cummax())
    d["cust_avg_charges"] = g["monthly_charges"].transform(lambda s: s.shift(1).expanding().mean())
    # first month of a customer has no history -> use the current value
    d["cust_avg_logins"] = d["cust_avg_logins"].fillna(d["logins_30d"])
    d["cust_max_tickets"] = d["cust_max_tickets"].fillna(d["support_tickets_30d"])
    d["cust_avg_charges"] = d["cust_avg_charges"].fillna(d["monthly_charges"])
    d["logins_vs_usual"] = d["logins_30d"] / (d["cust_avg_logins"] + 0.5)
    d["tickets_vs_max"] = d["support_tickets_30d"] / (d["cust_max_tickets"] + 1)
    d["charge_change"] = d["monthly_charges"] - d["cust_avg_charges"]
    return d


df = add_history(df)

features = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "late_payments_90d", "num_addons",
            "logins_vs_usual", "tickets_vs_max", "charge_change"]

# quick check the new features separate churners
print(df.groupby("churned_next_month")[["logins_vs_usual", "tickets_vs_max", "charge_change"]].mean())

# --- time holdout: last 3 months, new customers only
cut = df.snapshot_month.drop_duplicates().nlargest(3).min()
train = df[df.snapshot_month < cut]
valid = df[(df.snapshot_month >= cut) & (~df.customer_id.isin(train.customer_id))]
print(f"train {len(train):,} rows / valid {len(valid):,} rows ({valid.customer_id.nunique()} customers)")

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, class_weight="balanced"))
model.fit(train[features], train.churned_next_month)
proba = model.predict_proba(valid[features])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[features], train.churned_next_month)
base_proba = base.predict_proba(valid[features])[:, 1]

y = valid.churned_next_month
print("baseline AUC:", round(roc_auc_score(y, base_proba), 3))
print("model AUC:   ", round(roc_auc_score(y, proba), 3))
print("model AP:    ", round(average_precision_score(y, proba), 3))
print("recall @0.5: ", round(recall_score(y, proba > 0.5), 3))

coefs = pd.Series(model[-1].coef_[0], index=features).sort_values()
print(coefs)

# --- submission: history for test rows comes from the earlier (train) months + earlier test months
test = pd.read_csv("test.csv")
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])
raw_cols = [c for c in test.columns]
hist = add_history(pd.concat([df[raw_cols], test], ignore_index=True))
test_feat = hist[hist.snapshot_id.isin(test.snapshot_id)]
model.fit(df[features], df.churned_next_month)
pd.DataFrame({"snapshot_id": test_feat.snapshot_id,
              "prediction": model.predict_proba(test_feat[features])[:, 1]}).to_csv("predictions.csv", index=False)

# memo: "logins vs usual" is the strongest coefficient - a customer dropping to
# half their normal logins is the early warning sign. Worth a CRM trigger.
