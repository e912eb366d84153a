#!/usr/bin/env python
# Heart disease - SelectKBest tuned inside a pipeline.
# The number of selected features (k) is a hyperparameter of the pipeline, so
# GridSearchCV refits the selector in every fold on the fold's training rows.

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

heart = pd.read_csv("heart.csv")
print(heart.shape)
print(heart["target"].value_counts())

# EDA figures
fig, axes = plt.subplots(2, 2, figsize=(12, 8))
sns.histplot(data=heart, x="age", hue="target", ax=axes[0, 0])
sns.countplot(x="cp", hue="target", data=heart, ax=axes[0, 1])
sns.boxplot(x="target", y="thalach", data=heart, ax=axes[1, 0])
sns.boxplot(x="target", y="oldpeak", data=heart, ax=axes[1, 1])
fig.tight_layout()
fig.savefig("heart_eda.png")

X = heart.drop(columns="target")
y = heart["target"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_classif)),
    ("clf", LogisticRegression(max_iter=2000)),
])
grid = {
    "select__k": [4, 6, 8, 10, 13],
    "clf__C": [0.01, 0.1, 1.0, 10.0],
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
search = GridSearchCV(pipe, grid, cv=cv, scoring="roc_auc", n_jobs=-1)
search.fit(X_train, y_train)
print("best params:", search.best_params_)
print("best CV ROC AUC:", round(search.best_score_, 4))

selected = X.columns[search.best_estimator_.named_steps["select"].get_support()]
print("features kept in the final refit:", list(selected))

rf = RandomForestClassifier(n_estimators=300, max_depth=5, random_state=3)
rf_search = GridSearchCV(rf, {"max_depth": [3, 5, 8], "min_samples_leaf": [1, 3, 5]},
                         cv=cv, scoring="roc_auc", n_jobs=-1).fit(X_train, y_train)
print("RF best CV ROC AUC:", round(rf_search.best_score_, 4))

chosen = search if search.best_score_ >= rf_search.best_score_ else rf_search
print("chosen on CV:", type(chosen.best_estimator_).__name__)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy:", accuracy_score(y_test, dummy.predict(X_test)))

proba = chosen.predict_proba(X_test)[:, 1]
pred = chosen.predict(X_test)
print("test accuracy:", accuracy_score(y_test, pred))
print("test ROC AUC :", roc_auc_score(y_test, proba))
print("test F1      :", f1_score(y_test, pred))
print(classification_report(y_test, pred))
