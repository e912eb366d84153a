# heart disease (UCI Cleveland, kaggle heart.csv) - random forest
# goal: see which clinical variables matter + how good a simple model gets

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score

df = pd.read_csv("heart.csv")
print(df.shape)
print(df.isna().sum().sum(), "missing values")
print(df["target"].value_counts())

# categorical codes -> dummies (cp = chest pain type, thal, slope, restecg)
df = pd.get_dummies(df, columns=["cp", "thal", "slope", "restecg"], drop_first=True)

X = df.drop(columns="target")
y = df["target"]

rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=0)
rf.fit(X, y)

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X, y)

pred = rf.predict(X)
proba = rf.predict_proba(X)[:, 1]
print("baseline accuracy:", round(accuracy_score(y, dummy.predict(X)), 3))
print("RF accuracy:", round(accuracy_score(y, pred), 3))
print("RF AUC:", round(roc_auc_score(y, proba), 3))
print("RF sensitivity:", round(recall_score(y, pred), 3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print("\nTop features:")
print(imp.head(10).round(3))
