"""Breast cancer (Wisconsin diagnostic) - recursive feature elimination.

30 features computed from FNA images; many are redundant (radius / perimeter /
area). RFE with a random forest keeps the 10 most useful ones.
"""
import pandas as pd
import numpy as np
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, recall_score, roc_auc_score, confusion_matrix

wdbc = pd.read_csv("data.csv")
wdbc = wdbc.drop(columns=["id", "Unnamed: 32"], errors="ignore")
wdbc["diagnosis"] = wdbc["diagnosis"].map({"M": 1, "B": 0})
print(wdbc["diagnosis"].value_counts())

X = wdbc.drop(columns="diagnosis")
y = wdbc["diagnosis"]

# highly correlated pairs (for the report)
corr = X.corr().abs()
upper = corr.where(np.triu(np.ones(corr.shape, dtype=bool), k=1))
pairs = upper.stack().sort_values(ascending=False)
print(pairs.head(10))

rfe = RFE(RandomForestClassifier(n_estimators=200, random_state=4), n_features_to_select=10, step=2)
rfe.fit(X, y)
chosen = X.columns[rfe.support_].tolist()
print("RFE selected:", chosen)

X_train, X_test, y_train, y_test = train_test_split(
    X[chosen], y, test_size=0.3, stratify=y, random_state=4)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy : %.3f" % accuracy_score(y_test, dummy.predict(X_test)))

rf = RandomForestClassifier(n_estimators=400, random_state=4)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print("RF accuracy    : %.3f" % accuracy_score(y_test, pred))
print("RF sensitivity : %.3f" % recall_score(y_test, pred))
print("RF ROC AUC     : %.3f" % roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))

ranking = pd.Series(rfe.ranking_, index=X.columns).sort_values()
print(ranking.head(15))
