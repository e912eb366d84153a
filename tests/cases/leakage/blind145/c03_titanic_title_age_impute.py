"""Titanic - Random forest with Title-based age imputation.

Train and test are combined so the imputation sees every passenger.
"""
import re

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import accuracy_score

train = pd.read_csv("../input/titanic/train.csv")
test = pd.read_csv("../input/titanic/test.csv")
print(train.shape, test.shape)
print(train["Survived"].value_counts(normalize=True))

train["is_train"] = 1
test["is_train"] = 0
df = pd.concat([train, test], ignore_index=True, sort=False)


def get_title(name):
    m = re.search(r",\s*([^\.]+)\.", name)
    return m.group(1).strip() if m else "None"


df["Title"] = df["Name"].apply(get_title)
df["Title"] = df["Title"].replace(
    {"Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs", "Lady": "Rare", "Countess": "Rare",
     "the Countess": "Rare", "Capt": "Rare", "Col": "Rare", "Don": "Rare", "Dr": "Rare",
     "Major": "Rare", "Rev": "Rare", "Sir": "Rare", "Jonkheer": "Rare", "Dona": "Rare"}
)

# Age: median per title over all passengers
df["Age"] = df["Age"].fillna(df.groupby("Title")["Age"].transform("median"))
df["Fare"] = df["Fare"].fillna(df["Fare"].median())
df["Embarked"] = df["Embarked"].fillna("S")

df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
df["IsAlone"] = (df["FamilySize"] == 1).astype(int)
df["HasCabin"] = df["Cabin"].notna().astype(int)
df["Deck"] = df["Cabin"].fillna("U").str[0]
df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
df["LogFare"] = np.log1p(df["Fare"])
df["AgeBand"] = pd.cut(df["Age"], bins=[0, 12, 18, 30, 45, 60, 100], labels=False)

df = pd.get_dummies(df, columns=["Title", "Embarked", "Deck", "Pclass"], dtype=int)
drop = ["PassengerId", "Name", "Ticket", "Cabin", "Survived", "is_train"]
features = [c for c in df.columns if c not in drop]

train_df = df[df["is_train"] == 1].reset_index(drop=True)
test_df = df[df["is_train"] == 0].reset_index(drop=True)
X = train_df[features]
y = train_df["Survived"].astype(int)
X_test = test_df[features]
print("features:", len(features))

skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
scores, majority_scores = [], []
test_proba = np.zeros(len(X_test))
for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    rf = RandomForestClassifier(n_estimators=500, max_depth=7, min_samples_leaf=2,
                                max_features="sqrt", random_state=fold, n_jobs=-1)
    rf.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    pred = rf.predict(X.iloc[va_idx])
    scores.append(accuracy_score(y.iloc[va_idx], pred))
    majority = y.iloc[tr_idx].mode()[0]
    majority_scores.append(accuracy_score(y.iloc[va_idx], np.full(len(va_idx), majority)))
    test_proba += rf.predict_proba(X_test)[:, 1] / skf.n_splits

print(f"RF accuracy       : {np.mean(scores):.4f} +/- {np.std(scores):.4f}")
print(f"Majority baseline : {np.mean(majority_scores):.4f}")

submission = pd.DataFrame({"PassengerId": test_df["PassengerId"].astype(int),
                           "Survived": (test_proba >= 0.5).astype(int)})
submission.to_csv("submission.csv", index=False)
print(submission.head())
