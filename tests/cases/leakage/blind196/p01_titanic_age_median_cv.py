"""Titanic - Machine Learning from Disaster.

Random forest with a handful of engineered features, evaluated with
stratified 5-fold cross-validation. Public LB ~0.77.
"""
import re

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape, test.shape)
print(train.isnull().sum())

TITLE_MAP = {
    "Mr": "Mr", "Miss": "Miss", "Mrs": "Mrs", "Master": "Master",
    "Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs",
}


def get_title(name):
    m = re.search(r",\s*([^\.]+)\.", name)
    return m.group(1).strip() if m else "None"


def basic_features(df):
    df = df.copy()
    df["Title"] = df["Name"].apply(get_title).map(TITLE_MAP).fillna("Rare")
    df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
    df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
    df["IsAlone"] = (df["FamilySize"] == 1).astype(int)
    df["HasCabin"] = df["Cabin"].notnull().astype(int)
    return df


train = basic_features(train)
test = basic_features(test)

# ---- missing values -------------------------------------------------------
age_median = train["Age"].median()
fare_median = train["Fare"].median()
embarked_mode = train["Embarked"].mode()[0]

for df in (train, test):
    df["Age"] = df["Age"].fillna(age_median)
    df["Fare"] = df["Fare"].fillna(fare_median)
    df["Embarked"] = df["Embarked"].fillna(embarked_mode)

print("Age median used:", age_median)

# ---- encoding ---------------------------------------------------------------
num_cols = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare",
            "FamilySize", "IsAlone", "HasCabin"]
cat_cols = ["Embarked", "Title"]

X = pd.get_dummies(train[num_cols + cat_cols], columns=cat_cols)
X_sub = pd.get_dummies(test[num_cols + cat_cols], columns=cat_cols)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
y = train["Survived"]

# ---- model ------------------------------------------------------------------
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)

dummy = DummyClassifier(strategy="most_frequent")
dummy_scores = cross_val_score(dummy, X, y, cv=skf, scoring="accuracy")
print(f"Baseline (majority class) CV accuracy: {dummy_scores.mean():.4f}")

rf = RandomForestClassifier(
    n_estimators=500,
    max_depth=7,
    min_samples_leaf=2,
    random_state=42,
    n_jobs=-1,
)
scores = cross_val_score(rf, X, y, cv=skf, scoring="accuracy")
print(f"RandomForest CV accuracy: {scores.mean():.4f} +/- {scores.std():.4f}")

rf.fit(X, y)
importances = pd.Series(rf.feature_importances_, index=X.columns)
print(importances.sort_values(ascending=False).head(10))

submission = pd.DataFrame({
    "PassengerId": test["PassengerId"],
    "Survived": rf.predict(X_sub).astype(int),
})
submission.to_csv("submission.csv", index=False)
print("saved", submission.shape, "mean survival", np.round(submission.Survived.mean(), 3))
