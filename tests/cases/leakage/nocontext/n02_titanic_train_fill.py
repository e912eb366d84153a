import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

train = pd.read_csv("../input/titanic/train.csv")
train["Sex"] = train["Sex"].map({"male": 0, "female": 1})
train["FamilySize"] = train["SibSp"] + train["Parch"] + 1
features = ["Pclass", "Sex", "Age", "Fare", "FamilySize"]
X = train[features]
y = train["Survived"]
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=1)
medians = X_tr.median()
X_tr = X_tr.fillna(medians)
X_val = X_val.fillna(medians)
rf = RandomForestClassifier(n_estimators=300, max_depth=6).fit(X_tr, y_tr)
print("val acc", accuracy_score(y_val, rf.predict(X_val)))
