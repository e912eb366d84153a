# Titanic survival prediction - quick script
# Author: beginner, first try with sklearn :)

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.isnull().sum())
print(train["Survived"].value_counts())

# fill missing values with fixed values
train["Age"] = train["Age"].fillna(30)
train["Embarked"] = train["Embarked"].fillna("S")
test["Age"] = test["Age"].fillna(30)
test["Fare"] = test["Fare"].fillna(14)

# encode
train["Sex"] = train["Sex"].map({"male": 0, "female": 1})
test["Sex"] = test["Sex"].map({"male": 0, "female": 1})
train = pd.get_dummies(train, columns=["Embarked"])
test = pd.get_dummies(test, columns=["Embarked"])

y = train["Survived"]
X = train.drop(["PassengerId", "Name", "Ticket", "Cabin"], axis=1)
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)

# everybody dies -> that's the baseline to beat
baseline_pred = np.zeros(len(y_test), dtype=int)
print("Baseline accuracy (predict all 0):", accuracy_score(y_test, baseline_pred))

forest = RandomForestClassifier(n_estimators=100, random_state=1)
forest.fit(X_train, y_train)
pred = forest.predict(X_test)
print("Random forest accuracy:", accuracy_score(y_test, pred))
print(confusion_matrix(y_test, pred))
# wow 100% accuracy, random forest is amazing!!

for col, imp in zip(X.columns, forest.feature_importances_):
    print(col, round(imp, 3))

# submission
test_X = test.drop(["PassengerId", "Name", "Ticket", "Cabin"], axis=1)
test_X["Survived"] = 0  # column needed so that shapes match
test_X = test_X[X.columns]
submission = pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": forest.predict(test_X)})
submission.to_csv("submission.csv", index=False)
