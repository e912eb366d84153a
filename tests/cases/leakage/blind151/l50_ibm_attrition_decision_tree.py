# IBM HR attrition - decision tree to explain why people leave
# (numeric columns only for a first version)

import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeClassifier, export_text
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix

df = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(df.shape)
print(df.dtypes.value_counts())

# turn the yes/no columns into 0/1 so they can be used by the tree
df["Attrition"] = df["Attrition"].map({"Yes": 1, "No": 0})
df["OverTime"] = df["OverTime"].map({"Yes": 1, "No": 0})
df["BusinessTravel"] = df["BusinessTravel"].map({"Non-Travel": 0, "Travel_Rarely": 1, "Travel_Frequently": 2})

print("attrition rate: %.3f" % df["Attrition"].mean())
print(df.groupby("JobRole")["Attrition"].mean().sort_values(ascending=False))

num = df.select_dtypes(include=np.number)
X = num.drop(columns=["EmployeeCount", "StandardHours", "EmployeeNumber"])
y = df["Attrition"]
print("features used:", list(X.columns))

tree = DecisionTreeClassifier(max_depth=5, min_samples_leaf=10, class_weight="balanced", random_state=0)
tree.fit(X, y)
pred = tree.predict(X)

majority_acc = max(y.mean(), 1 - y.mean())
print("baseline (always predict 'stays') accuracy: %.3f" % majority_acc)
print("decision tree accuracy: %.3f" % accuracy_score(y, pred))
print(confusion_matrix(y, pred))
print(classification_report(y, pred, target_names=["stays", "leaves"]))

print(export_text(tree, feature_names=list(X.columns)))
imp = pd.Series(tree.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp[imp > 0])
imp.to_csv("attrition_tree_importance.csv")

# flag current employees with a high predicted risk for the HR business partners
risk = pd.DataFrame({"EmployeeNumber": df["EmployeeNumber"], "risk": tree.predict_proba(X)[:, 1]})
risk = risk.sort_values("risk", ascending=False)
risk.head(50).to_csv("attrition_watchlist.csv", index=False)
print("watchlist written:", (risk["risk"] > 0.5).sum(), "employees above 0.5")
