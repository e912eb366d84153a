"""Titanic - Machine Learning from Disaster.

Random forest with a handful of engineered features, evaluated with
stratified 5-fold cross-validation. Imputation lives inside the pipeline.
"""
import re

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

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

# ---- preprocessing (fitted per fold) ---------------------------------------
num_cols = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare",
            "FamilySize", "IsAlone", "HasCabin"]
cat_cols = ["Embarked", "Title"]

preprocess = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore")),
    ]), cat_cols),
])

X = train[num_cols + cat_cols]
y = train["Survived"]
X_sub = test[num_cols + cat_cols]

# ---- model ------------------------------------------------------------------
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)

dummy = DummyClassifier(strategy="most_frequent")
dummy_scores = cross_val_score(dummy, X, y, cv=skf, scoring="accuracy")
print(f"Baseline (majority class) CV accuracy: {dummy_scores.mean():.4f}")

rf = Pipeline([
    ("prep", preprocess),
    ("model", RandomForestClassifier(
        n_estimators=500,
        max_depth=7,
        min_samples_leaf=2,
        random_state=42,
        n_jobs=-1,
    )),
])
scores = cross_val_score(rf, X, y, cv=skf, scoring="accuracy")
print(f"RandomForest CV accuracy: {scores.mean():.4f} +/- {scores.std():.4f}")

rf.fit(X, y)
feature_names = rf.named_steps["prep"].get_feature_names_out()
importances = pd.Series(rf.named_steps["model"].feature_importances_, index=feature_names)
print(importances.sort_values(ascending=False).head(10))

submission = pd.DataFrame({
    "PassengerId": test["PassengerId"],
    "Survived": rf.predict(X_sub).astype(int),
})
submission.to_csv("submission.csv", index=False)
print("saved", submission.shape, "mean survival", np.round(submission.Survived.mean(), 3))
