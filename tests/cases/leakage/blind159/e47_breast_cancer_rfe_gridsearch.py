"""Breast cancer (Wisconsin diagnostic) - RFE inside a tuned pipeline.

The number of features kept by RFE is a hyperparameter picked by grid search
with 5-fold CV on the training split; the test split is scored once.
"""
import pandas as pd
import numpy as np
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, recall_score, roc_auc_score, confusion_matrix

wdbc = pd.read_csv("data.csv")
wdbc = wdbc.drop(columns=["id", "Unnamed: 32"], errors="ignore")
wdbc["diagnosis"] = wdbc["diagnosis"].map({"M": 1, "B": 0})
X = wdbc.drop(columns="diagnosis")
y = wdbc["diagnosis"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=4)

pipe = Pipeline([
    ("rfe", RFE(RandomForestClassifier(n_estimators=200, random_state=4), step=2)),
    ("rf", RandomForestClassifier(n_estimators=400, random_state=4)),
])
grid = GridSearchCV(
    pipe,
    param_grid={"rfe__n_features_to_select": [5, 8, 10, 15, 20]},
    scoring="roc_auc",
    cv=StratifiedKFold(5, shuffle=True, random_state=4),
    n_jobs=-1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_, "CV AUC %.4f" % grid.best_score_)
chosen = X.columns[grid.best_estimator_.named_steps["rfe"].support_].tolist()
print("features kept:", chosen)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy : %.3f" % accuracy_score(y_test, dummy.predict(X_test)))

pred = grid.predict(X_test)
proba = grid.predict_proba(X_test)[:, 1]
print("RF accuracy    : %.3f" % accuracy_score(y_test, pred))
print("RF sensitivity : %.3f" % recall_score(y_test, pred))
print("RF ROC AUC     : %.3f" % roc_auc_score(y_test, proba))
print(confusion_matrix(y_test, pred))
