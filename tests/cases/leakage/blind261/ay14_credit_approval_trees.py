# Credit Card Approval (UCI crx.data) - which applicants get approved?
# all attribute names are anonymised (A1..A16), A16 is the decision (+/-)

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, cross_val_score
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

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("baseline (majority) test accuracy:", round(accuracy_score(y_test, dummy.predict(X_test)), 3))

tree = DecisionTreeClassifier(max_depth=4, random_state=0)
print("tree 5-fold CV accuracy:", cross_val_score(tree, X_train, y_train, cv=5).mean().round(3))
tree.fit(X_train, y_train)
print("decision tree test accuracy:", round(accuracy_score(y_test, tree.predict(X_test)), 3))

forest = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=0)
print("forest 5-fold CV accuracy:", cross_val_score(forest, X_train, y_train, cv=5).mean().round(3))
forest.fit(X_train, y_train)
print("random forest train accuracy:", round(accuracy_score(y_train, forest.predict(X_train)), 3), "(overfits a bit)")
pred = forest.predict(X_test)
print("random forest test accuracy:", round(accuracy_score(y_test, pred), 3))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred))

imp = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print("top features:\n", imp.head(8))

# refit on everything for the final model once the scores above are known
final_forest = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=0).fit(X, y)
