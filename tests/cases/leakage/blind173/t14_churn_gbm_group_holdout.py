# Churn prediction - gradient boosted trees
# Author: candidate
#
# 1. load data
# 2. split: held-out customers, later months
# 3. train GradientBoostingClassifier
# 4. predict test.csv

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.head())
print(df.info())
print(df["churned_next_month"].value_counts())

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test_df["snapshot_month"] = pd.to_datetime(test_df["snapshot_month"])

# missing values
for col in ["days_since_last_login"]:
    df[col] = df[col].fillna(-1)
    test_df[col] = test_df[col].fillna(-1)

# categorical -> dummies
df = pd.get_dummies(df, columns=["plan", "region"])
test_df = pd.get_dummies(test_df, columns=["plan", "region"])

# columns the model must not see: identifiers of the customer, the date,
# the label, and the two post-outcome fields from the brief
X = df.drop(columns=["customer_id", "snapshot_month", "churned_next_month",
                     "retention_offer_accepted", "account_closed_date_known"])
y = df["churned_next_month"]
print(X.shape)
print(list(X.columns))

# hold out 20% of customers (so no customer is in both parts),
# and only evaluate on their snapshots from July onwards
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=df["customer_id"]))

cut = pd.Timestamp("2024-07-01")
months = df["snapshot_month"]
train_idx = np.array([i for i in train_idx if months.iloc[i] < cut])
test_idx = np.array([i for i in test_idx if months.iloc[i] >= cut])

X_train, y_train = X.iloc[train_idx], y.iloc[train_idx]
X_test, y_test = X.iloc[test_idx], y.iloc[test_idx]
print(len(X_train), len(X_test))

clf = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, random_state=42)
clf.fit(X_train, y_train)

train_pred = clf.predict(X_train)
test_pred = clf.predict(X_test)
print("train accuracy:", accuracy_score(y_train, train_pred))
print("test accuracy:", accuracy_score(y_test, test_pred))

# feature importance
fi = pd.DataFrame({"feature": X.columns, "importance": clf.feature_importances_})
print(fi.sort_values("importance", ascending=False).head(10))

# retrain on everything and predict
clf.fit(X, y)
X_sub = test_df.reindex(columns=X.columns, fill_value=0)
submission = pd.DataFrame()
submission["snapshot_id"] = test_df["snapshot_id"]
submission["prediction"] = clf.predict_proba(X_sub)[:, 1]
submission.to_csv("predictions.csv", index=False)
print("saved predictions.csv")
