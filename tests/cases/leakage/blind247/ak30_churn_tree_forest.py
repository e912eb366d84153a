"""Churn take-home -- Thandi M.

Bootcamp final project style. Small decision tree to get readable rules,
the random forest is the actual model.
"""
import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeClassifier, export_text
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score, precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df.head(10))
print(df["churned_next_month"].value_counts())

# encoding: plan is ordered, rest one hot
plan_order = {"basic": 0, "standard": 1, "premium": 2}
df["plan_rank"] = df["plan"].map(plan_order).fillna(1)
df = pd.get_dummies(df, columns=["payment_method", "region", "contract_type"], drop_first=True)

leak_cols = ["retention_offer_accepted", "account_closed_date_known"]
id_cols = ["snapshot_id", "customer_id"]
X_cols = [c for c in df.columns
          if c not in leak_cols + id_cols + ["plan", "snapshot_month", "churned_next_month"]]
print(X_cols)

# split customers into two groups, then train on the early months of group A
# and evaluate on the late months of group B
rng = np.random.default_rng(11)
customers = df["customer_id"].unique()
rng.shuffle(customers)
group_b = set(customers[: len(customers) // 5])
cut = pd.Timestamp("2024-01-01")

train = df[(~df["customer_id"].isin(group_b)) & (df["snapshot_month"] < cut)]
valid = df[(df["customer_id"].isin(group_b)) & (df["snapshot_month"] >= cut)]
print("train:", train.shape, "valid:", valid.shape)

X_train, y_train = train[X_cols].fillna(0), train["churned_next_month"]
X_valid, y_valid = valid[X_cols].fillna(0), valid["churned_next_month"]

# baseline: predict that nobody churns
majority = y_train.mode()[0]
print("baseline (majority class) accuracy:", accuracy_score(y_valid, np.full(len(y_valid), majority)))
print("baseline recall:", recall_score(y_valid, np.full(len(y_valid), majority)))  # 0 obviously

# small tree only to read the rules, not for scoring
tree = DecisionTreeClassifier(max_depth=4, random_state=0)
tree.fit(X_train, y_train)
print(export_text(tree, feature_names=X_cols))

# accuracy is ~95% even for "nobody churns", so look at AUC / recall too
rf = RandomForestClassifier(n_estimators=200, min_samples_leaf=20, random_state=0, n_jobs=-1)
rf.fit(X_train, y_train)
p = rf.predict_proba(X_valid)[:, 1]
print("forest accuracy:", accuracy_score(y_valid, rf.predict(X_valid)))
print("forest AUC:", roc_auc_score(y_valid, p))
print("forest recall@0.1:", recall_score(y_valid, p > 0.1), "precision@0.1:", precision_score(y_valid, p > 0.1))

# submission with the forest
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["plan_rank"] = test["plan"].map(plan_order).fillna(1)
test = pd.get_dummies(test, columns=["payment_method", "region", "contract_type"], drop_first=True)
test_X = test.reindex(columns=X_cols, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": rf.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
print("ok")
