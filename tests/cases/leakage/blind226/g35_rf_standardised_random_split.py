# Churn snapshots take-home
# Author notes: standardise numerics, random forest, stratified split because churn is rare.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, average_precision_score, ConfusionMatrixDisplay

pd.options.display.width = 160

data = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(data.info())
print(data["churned_next_month"].mean())

# quick EDA
num_cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
fig, axes = plt.subplots(1, len(num_cols), figsize=(18, 3))
for ax, col in zip(axes, num_cols):
    sns.kdeplot(data=data, x=col, hue="churned_next_month", common_norm=False, ax=ax)
plt.tight_layout()
plt.savefig("eda.png")

corr = data[num_cols + ["retention_offer_accepted", "churned_next_month"]].corr()["churned_next_month"]
print(corr.sort_values())


def engineer(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["usage_prev"] = g["usage_hours"].shift(1)
    df["usage_change"] = df["usage_hours"] - df["usage_prev"]
    df["tickets_prev"] = g["support_tickets"].shift(1)
    df["failures_so_far"] = g["payment_failures"].cumsum()
    df = pd.get_dummies(df, columns=["plan"], dtype=int)
    return df


data = engineer(data)
sub = engineer(sub)

features = num_cols + ["usage_prev", "usage_change", "tickets_prev", "failures_so_far",
                       "retention_offer_accepted"] + [c for c in data.columns if c.startswith("plan_")]

# missing values -> median, then z-score so features are comparable
medians = data[features].median()
data[features] = data[features].fillna(medians)
sub[features] = sub.reindex(columns=features).fillna(medians)
scale_cols = num_cols + ["usage_prev", "usage_change", "tickets_prev", "failures_so_far"]
mu, sd = data[scale_cols].mean(), data[scale_cols].std()
data[scale_cols] = (data[scale_cols] - mu) / sd
sub[scale_cols] = (sub[scale_cols] - mu) / sd

X = data[features]
y = data["churned_next_month"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)
print("train", X_train.shape, "test", X_test.shape)

rf = RandomForestClassifier(n_estimators=500, max_depth=None, min_samples_leaf=3,
                            class_weight="balanced", n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

proba = rf.predict_proba(X_test)[:, 1]
pred = rf.predict(X_test)
auc = roc_auc_score(y_test, proba)
ap = average_precision_score(y_test, proba)
acc = accuracy_score(y_test, pred)
print(f"AUC {auc:.4f} | AP {ap:.4f} | accuracy {acc:.4f}")

ConfusionMatrixDisplay.from_predictions(y_test, pred)
plt.savefig("confusion.png")

importance = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(importance.head(10))

rf.fit(X, y)
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": rf.predict_proba(sub[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)

print("\n=== Summary ===")
print(f"Random forest on standardised features. Test AUC {auc:.3f}, average precision {ap:.3f}, accuracy {acc:.3f}.")
print("Top features:", ", ".join(importance.index[:5]))
print("account_closed_date_known excluded since it directly reveals churn.")
