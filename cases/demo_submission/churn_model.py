"""Churn model: logistic regression on the numeric snapshot columns."""
import json

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
task = json.load(open("task.json"))
target, id_column = task["target"], task["id_column"]

features = [c for c in test.select_dtypes("number").columns if c not in (id_column, "customer_id")]
scaler = StandardScaler().fit(train[features].fillna(0))
X = scaler.transform(train[features].fillna(0))
X_train, X_valid, y_train, y_valid = train_test_split(X, train[target], test_size=0.25, random_state=0)

model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("validation roc_auc", roc_auc_score(y_valid, model.predict_proba(X_valid)[:, 1]))

model = LogisticRegression(max_iter=1000).fit(X, train[target])
scores = model.predict_proba(scaler.transform(test[features].fillna(0)))[:, 1]
pd.DataFrame({id_column: test[id_column], "prediction": scores.round(6)}).to_csv("predictions.csv", index=False)
