# Credit Card Approval (UCI crx.data) - which applicants get approved?
# all attribute names are anonymised (A1..A16), A16 is the decision (+/-)

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report

cols = [f"A{i}" for i in range(1, 17)]
cc = pd.read_csv("crx.data", header=None, names=cols, na_values="?")
print(cc.shape)
print(cc.isna().sum()[cc.isna().sum() > 0])

# only ~5% of rows have a missing value -> drop them
cc = cc.dropna().reset_index(drop=True)
cc["A16"] = (cc["A16"] == "+").astype(int)
print(cc["A16"].value_counts())

num = ["A2", "A3", "A8", "A11", "A14", "A15"]
cat = [c for c in cols if c not in num + ["A16"]]
cc["A2"] = cc["A2"].astype(float)
cc["A14"] = cc["A14"].astype(float)
cc["A15_log"] = np.log1p(cc["A15"])   # income is super skewed

data = pd.get_dummies(cc, columns=cat, drop_first=True)
X = data.drop(columns=["A16"])
y = data["A16"]

print("baseline (approve nobody) accuracy:", round(1 - y.mean(), 3))

tree = DecisionTreeClassifier(max_depth=4, random_state=0)
tree.fit(X, y)
print("decision tree accuracy:", round(accuracy_score(y, tree.predict(X)), 3))

forest = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=0)
forest.fit(X, y)
pred = forest.predict(X)
print("random forest accuracy:", round(accuracy_score(y, pred), 3))
print(confusion_matrix(y, pred))
print(classification_report(y, pred))

imp = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print("top features:\n", imp.head(8))
# A9 (prior default?) dominates, as in most notebooks on this dataset
