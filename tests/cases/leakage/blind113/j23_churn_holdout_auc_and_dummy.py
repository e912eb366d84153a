# Churn prediction - submission script
# Reads train.csv / test.csv, trains a random forest and writes predictions.csv

import pandas as pd
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, confusion_matrix, roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.shape)
print(df.head())
df.info()
print(df.isnull().sum())
print(df["churned_next_month"].value_counts())

# quick look at a few columns
df.groupby("churned_next_month")[["logins_30d", "support_tickets_30d", "payment_failures_90d"]].mean().plot.bar()
plt.tight_layout()
plt.savefig("eda_means.png")

# ----- preprocessing -----
drop_cols = ["snapshot_id", "customer_id", "snapshot_month",
             "retention_offer_accepted", "account_closed_date_known"]


def preprocess(frame):
    frame = frame.drop(columns=drop_cols, errors="ignore")
    frame = pd.get_dummies(frame, columns=["plan", "region", "contract_type"])
    frame["autopay"] = frame["autopay"].astype(int)
    frame = frame.fillna(0)
    return frame


# ----- validation: last 3 months, customers that are new in those months -----
months = df["snapshot_month"].str[:7]
old = df[months <= "2024-06"]
new = df[(months > "2024-06") & ~df["customer_id"].isin(old["customer_id"])]

X_old = preprocess(old).drop(columns=["churned_next_month"])
y_old = old["churned_next_month"]
X_new = preprocess(new).drop(columns=["churned_next_month"]).reindex(columns=X_old.columns, fill_value=0)
y_new = new["churned_next_month"]
print("train", X_old.shape, "valid", X_new.shape)

# ----- models -----
dummy = DummyClassifier(strategy="most_frequent").fit(X_old, y_old)
print("Majority-class accuracy:", accuracy_score(y_new, dummy.predict(X_new)))
print("Majority-class AP:", average_precision_score(y_new, dummy.predict_proba(X_new)[:, 1]))

model = RandomForestClassifier(n_estimators=200, max_depth=15, random_state=42, n_jobs=-1,
                               class_weight="balanced_subsample")
model.fit(X_old, y_old)

val_proba = model.predict_proba(X_new)[:, 1]
val_pred = (val_proba > 0.5).astype(int)
print("Validation accuracy:", accuracy_score(y_new, val_pred))
print("Validation ROC AUC:", roc_auc_score(y_new, val_proba))
print("Validation AP:", average_precision_score(y_new, val_proba))
print(confusion_matrix(y_new, val_pred))

importances = pd.Series(model.feature_importances_, index=X_old.columns).sort_values(ascending=False)
print(importances.head(10))

# ----- predictions (model refit on all train.csv) -----
X = preprocess(df).drop(columns=["churned_next_month"])
model.fit(X, df["churned_next_month"])
test_p = preprocess(test).reindex(columns=X.columns, fill_value=0)
test["prediction"] = model.predict_proba(test_p)[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions.csv written", test.shape)
