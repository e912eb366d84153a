import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("../input/titanic/train.csv")
test = pd.read_csv("../input/titanic/test.csv")
full = pd.concat([train, test], sort=False)
full["Age"] = full["Age"].fillna(full["Age"].median())
full["Fare"] = full["Fare"].fillna(full["Fare"].mean())
full["Sex"] = full["Sex"].map({"male": 0, "female": 1})
full["FamilySize"] = full["SibSp"] + full["Parch"] + 1
features = ["Pclass", "Sex", "Age", "Fare", "FamilySize"]
train_df = full[:len(train)]
test_df = full[len(train):]
X = train_df[features]
y = train_df["Survived"]
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=1)
rf = RandomForestClassifier(n_estimators=300, max_depth=6).fit(X_tr, y_tr)
print("val acc", accuracy_score(y_val, rf.predict(X_val)))
