# Churn - keep only features correlated with the target, then random forest
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

df = df.drop(columns=["retention_offer_accepted", "account_closed_date_known"])
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

# a few extra features
df["low_activity"] = (df["logins_30d"] < 3).astype(int)
df["ticket_heavy"] = (df["support_tickets_30d"] >= 3).astype(int)
df["charges_bucket"] = pd.cut(df["monthly_charges"], bins=[0, 20, 40, 60, 80, 1000], labels=False)
df = df.fillna(0)

candidates = [c for c in df.columns if c not in ("snapshot_id", "customer_id", "snapshot_month", "churned_next_month")]

corr = df[candidates + ["churned_next_month"]].corr()["churned_next_month"].drop("churned_next_month")
print(corr.sort_values())
plt.figure(figsize=(6, 8))
sns.barplot(x=corr.sort_values().values, y=corr.sort_values().index)
plt.tight_layout()
plt.savefig("corr_with_target.png")

keep = corr[corr.abs() > 0.03].index.tolist()
print("keeping", len(keep), "of", len(candidates), keep)

X = df[keep]
y = df["churned_next_month"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1, stratify=y)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print(classification_report(y_test, (proba > 0.5).astype(int)))
print("ROC AUC:", roc_auc_score(y_test, proba))

# submission
rf.fit(X, y)
t = test.drop(columns=["retention_offer_accepted", "account_closed_date_known"], errors="ignore")
t = pd.get_dummies(t, columns=["plan", "region"], dtype=int)
t["low_activity"] = (t["logins_30d"] < 3).astype(int)
t["ticket_heavy"] = (t["support_tickets_30d"] >= 3).astype(int)
t["charges_bucket"] = pd.cut(t["monthly_charges"], bins=[0, 20, 40, 60, 80, 1000], labels=False)
t = t.fillna(0).reindex(columns=keep, fill_value=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": rf.predict_proba(t)[:, 1]}).to_csv("predictions.csv", index=False)
