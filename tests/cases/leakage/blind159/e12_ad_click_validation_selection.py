#!/usr/bin/env python
"""Advertising click prediction - model choice on a validation split.

Train / validation / test = 60 / 20 / 20. Candidates are compared on the
validation rows; the winner is refit on train+validation and scored once on test.
"""
import pandas as pd
import numpy as np
from sklearn.base import clone
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score

ads = pd.read_csv("advertising.csv")
ads["topic_len"] = ads["Ad Topic Line"].str.split().str.len()
feature_cols = ["Daily Time Spent on Site", "Age", "Area Income", "Daily Internet Usage", "Male", "topic_len"]
X = ads[feature_cols]
y = ads["Clicked on Ad"]

X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, random_state=101, stratify=y)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, random_state=101, stratify=y_tmp)

candidates = {
    "baseline": DummyClassifier(strategy="most_frequent"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=7)),
    "rf": RandomForestClassifier(n_estimators=300, random_state=0),
    "gb": GradientBoostingClassifier(random_state=0),
    "svm": make_pipeline(StandardScaler(), SVC(probability=True, random_state=0)),
}

val_auc = {}
for name, clf in candidates.items():
    clf.fit(X_train, y_train)
    val_auc[name] = roc_auc_score(y_val, clf.predict_proba(X_val)[:, 1])
val_table = pd.Series(val_auc).sort_values(ascending=False)
print("validation AUC:\n", val_table.round(4))

best_name = val_table.drop("baseline").index[0]
final = clone(candidates[best_name]).fit(X_tmp, y_tmp)
base = clone(candidates["baseline"]).fit(X_tmp, y_tmp)

proba = final.predict_proba(X_test)[:, 1]
print(f"\nchosen on validation: {best_name}")
print(f"test AUC      : {roc_auc_score(y_test, proba):.4f}")
print(f"test accuracy : {accuracy_score(y_test, (proba > 0.5).astype(int)):.4f}")
print(f"baseline test accuracy: {accuracy_score(y_test, base.predict(X_test)):.4f}")
