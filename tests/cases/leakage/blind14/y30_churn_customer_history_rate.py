# Churn - use each customer's churn history as a feature
# (customers who "churned" before and came back are likely to churn again)
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

# customer-level history
hist = df.groupby("customer_id")["churned_next_month"].agg(cust_churn_rate="mean", cust_n="count")
df = df.join(hist, on="customer_id")
print(df[["cust_churn_rate", "cust_n"]].describe())

# plan-level churn for context
df["plan_churn"] = df.groupby("plan")["churned_next_month"].transform("mean")

df = pd.get_dummies(df, columns=["region"], dtype=int)
feats = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
         "support_tickets_30d", "payment_failures_90d", "cust_churn_rate", "cust_n", "plan_churn"] + \
        [c for c in df.columns if c.startswith("region_")]

# time-based holdout: Q4
train = df[df["snapshot_month"] < "2024-10-01"]
hold = df[df["snapshot_month"] >= "2024-10-01"]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(train[feats], train["churned_next_month"])
p = rf.predict_proba(hold[feats])[:, 1]
print("AUC", roc_auc_score(hold["churned_next_month"], p))
print("AP ", average_precision_score(hold["churned_next_month"], p))
print(classification_report(hold["churned_next_month"], (p > 0.5).astype(int)))
print(pd.Series(rf.feature_importances_, index=feats).sort_values(ascending=False))

# test customers: use their history if we have it, else the global rate
rf.fit(df[feats], df["churned_next_month"])
test = test.join(hist, on="customer_id")
test["cust_churn_rate"] = test["cust_churn_rate"].fillna(df["churned_next_month"].mean())
test["cust_n"] = test["cust_n"].fillna(0)
test["plan_churn"] = test["plan"].map(df.groupby("plan")["churned_next_month"].mean())
test = pd.get_dummies(test, columns=["region"], dtype=int)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": rf.predict_proba(test[feats])[:, 1]}).to_csv("predictions.csv", index=False)
