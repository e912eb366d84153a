"""Churn scoring using the CRM customer export joined onto monthly snapshots."""
import pandas as pd
import numpy as np
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

snap = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
# one row per customer, exported from the CRM on 2024-01-05
crm = pd.read_csv("crm_customers_export_20240105.csv",
                  parse_dates=["signup_date", "last_login_date", "last_ticket_date"])

crm = crm.rename(columns={
    "total_logins": "crm_logins",
    "total_tickets": "crm_tickets",
    "total_paid_eur": "crm_paid",
    "plan_changes": "crm_plan_changes",
})
crm["crm_tickets_per_login"] = crm["crm_tickets"] / (crm["crm_logins"] + 1)

df = snap.merge(crm[["customer_id", "signup_date", "last_login_date", "last_ticket_date",
                     "crm_logins", "crm_tickets", "crm_paid", "crm_plan_changes",
                     "crm_tickets_per_login", "nps_segment"]],
                on="customer_id", how="left")

df["days_since_signup"] = (df["snapshot_month"] - df["signup_date"]).dt.days
df["days_since_last_login"] = (df["snapshot_month"] - df["last_login_date"]).dt.days
df["days_since_last_ticket"] = (df["snapshot_month"] - df["last_ticket_date"]).dt.days
df["snapshot_moy"] = df["snapshot_month"].dt.month

num_cols = ["monthly_fee", "tenure_months", "n_products", "days_since_signup",
            "days_since_last_login", "days_since_last_ticket", "crm_logins",
            "crm_tickets", "crm_paid", "crm_plan_changes", "crm_tickets_per_login", "snapshot_moy"]
cat_cols = ["plan_type", "region", "nps_segment"]
for c in cat_cols:
    df[c] = df[c].fillna("unknown").astype(str)

train = df[df["snapshot_month"] < "2023-07-01"]
valid = df[df["snapshot_month"] >= "2023-07-01"]

X_cols = num_cols + cat_cols
model = CatBoostClassifier(iterations=800, depth=6, learning_rate=0.04,
                           auto_class_weights="Balanced", verbose=200, random_seed=11)
model.fit(train[X_cols], train["churned_next_month"], cat_features=cat_cols)

proba = model.predict_proba(valid[X_cols])[:, 1]
print("valid ROC AUC:", round(roc_auc_score(valid["churned_next_month"], proba), 4))
print("valid PR AUC:", round(average_precision_score(valid["churned_next_month"], proba), 4))

top = (pd.Series(model.get_feature_importance(), index=X_cols)
       .sort_values(ascending=False).head(10))
print(top)
