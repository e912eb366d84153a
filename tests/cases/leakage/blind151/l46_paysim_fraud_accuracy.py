# PaySim mobile-money fraud - decision tree vs. majority class
# data: PS_20174392719_1491204439457_log.csv (synthetic, 6.3M transactions)

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, export_text
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("PS_20174392719_1491204439457_log.csv")
print(df.head())
print(df["type"].value_counts())

# fraud only ever happens in TRANSFER and CASH_OUT
df = df[df["type"].isin(["TRANSFER", "CASH_OUT"])].copy()
print("rows kept:", len(df), " fraud:", df["isFraud"].sum())

df["is_transfer"] = (df["type"] == "TRANSFER").astype(int)
df["orig_balance_error"] = df["newbalanceOrig"] + df["amount"] - df["oldbalanceOrg"]
df["dest_balance_error"] = df["oldbalanceDest"] + df["amount"] - df["newbalanceDest"]
df["orig_emptied"] = (df["newbalanceOrig"] == 0).astype(int)
df["dest_zero_before"] = ((df["oldbalanceDest"] == 0) & (df["newbalanceDest"] == 0)).astype(int)
df["log_amount"] = np.log1p(df["amount"])

features = ["is_transfer", "log_amount", "oldbalanceOrg", "newbalanceOrig", "oldbalanceDest",
            "newbalanceDest", "orig_balance_error", "dest_balance_error", "orig_emptied", "dest_zero_before"]
X = df[features]
y = df["isFraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=2017, stratify=y)

majority = DummyClassifier(strategy="most_frequent")
majority.fit(X_train, y_train)
acc_majority = accuracy_score(y_test, majority.predict(X_test))

tree = DecisionTreeClassifier(max_depth=6, min_samples_leaf=50, random_state=2017)
tree.fit(X_train, y_train)
acc_tree = accuracy_score(y_test, tree.predict(X_test))

print(f"majority-class accuracy: {acc_majority:.5f}")
print(f"decision tree accuracy : {acc_tree:.5f}")
print(export_text(tree, feature_names=features, max_depth=3))

pd.DataFrame({"model": ["majority", "tree"], "accuracy": [acc_majority, acc_tree]}).to_csv(
    "paysim_results.csv", index=False)
