# churn take-home - random forest with "risk rank" encodings
import pandas as pd
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")
print(df.head())
print(df.describe())

df.drop(["retention_offer_accepted", "account_closed_date_known"], axis=1, inplace=True)

# EDA plots
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
df.groupby("plan")["churned_next_month"].mean().plot.bar(ax=axes[0], title="churn by plan")
df.groupby("region")["churned_next_month"].mean().plot.bar(ax=axes[1], title="churn by region")
plt.savefig("eda_churn_by_cat.png")

# ordinal encodings: rank plan / region by how risky they are (0 = safest)
plan_risk = df.groupby("plan")["churned_next_month"].mean().rank(method="dense").astype(int) - 1
region_risk = df.groupby("region")["churned_next_month"].mean().rank(method="dense").astype(int) - 1
print(plan_risk, region_risk)
for d in (df, df_test):
    d["plan_risk"] = d["plan"].map(plan_risk).fillna(0)
    d["region_risk"] = d["region"].map(region_risk).fillna(0)
    d["days_since_last_login"] = d["days_since_last_login"].fillna(999)
    d["tenure_lt_6"] = (d["tenure_months"] < 6).astype(int)
    d["tickets_x_failures"] = d["support_tickets_30d"] * (d["payment_failures_90d"] + 1)
    d["has_discount"] = d["has_discount"].astype(int)

cols = ["tenure_months", "tenure_lt_6", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d", "tickets_x_failures",
        "plan_risk", "region_risk"]

X_train, X_val, y_train, y_val = train_test_split(df[cols], df["churned_next_month"], test_size=0.25,
                                                  random_state=0, stratify=df["churned_next_month"])

rf = RandomForestClassifier(n_estimators=300, max_depth=9, class_weight="balanced", n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_val)[:, 1]
print("AUC:", roc_auc_score(y_val, proba))
print("AP :", average_precision_score(y_val, proba))
print(confusion_matrix(y_val, (proba > 0.5).astype(int)))

rf.fit(df[cols], df["churned_next_month"])
df_test["prediction"] = rf.predict_proba(df_test[cols])[:, 1]
df_test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
