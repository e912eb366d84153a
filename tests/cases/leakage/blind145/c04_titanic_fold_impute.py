"""Titanic - Random forest, imputation learned inside each fold.

Train and test are combined for the row-wise features; any statistic used to fill
gaps is taken from the training fold only and then applied to the other rows.
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
df["Embarked"] = df["Embarked"].fillna("S")
df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
df["IsAlone"] = (df["FamilySize"] == 1).astype(int)
df["HasCabin"] = df["Cabin"].notna().astype(int)
df["Deck"] = df["Cabin"].fillna("U").str[0]
df["Sex"] = df["Sex"].map({"male": 0, "female": 1})
df["TitleKey"] = df["Title"]
df = pd.get_dummies(df, columns=["Title", "Embarked", "Deck", "Pclass"], dtype=int)

train_df = df[df["is_train"] == 1].reset_index(drop=True)
test_df = df[df["is_train"] == 0].reset_index(drop=True)
y = train_df["Survived"].astype(int)


def impute(fit_part, *others):
    """Learn age-by-title and fare medians on fit_part, apply to every frame."""
    age_by_title = fit_part.groupby("TitleKey")["Age"].median()
    age_all = fit_part["Age"].median()
    fare_med = fit_part["Fare"].median()
    out = []
    for frame in (fit_part,) + others:
        frame = frame.copy()
        frame["Age"] = frame["Age"].fillna(frame["TitleKey"].map(age_by_title)).fillna(age_all)
        frame["Fare"] = frame["Fare"].fillna(fare_med)
        frame["LogFare"] = np.log1p(frame["Fare"])
        frame["AgeBand"] = pd.cut(frame["Age"], bins=[0, 12, 18, 30, 45, 60, 100], labels=False)
        out.append(frame)
    return out


drop = ["PassengerId", "Name", "Ticket", "Cabin", "Survived", "is_train", "TitleKey"]

skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
scores, majority_scores = [], []
test_proba = np.zeros(len(test_df))
for fold, (tr_idx, va_idx) in enumerate(skf.split(train_df, y)):
    tr, va, te = impute(train_df.iloc[tr_idx], train_df.iloc[va_idx], test_df)
    features = [c for c in tr.columns if c not in drop]
    rf = RandomForestClassifier(n_estimators=500, max_depth=7, min_samples_leaf=2,
                                max_features="sqrt", random_state=fold, n_jobs=-1)
    rf.fit(tr[features], y.iloc[tr_idx])
    pred = rf.predict(va[features])
    scores.append(accuracy_score(y.iloc[va_idx], pred))
    majority = y.iloc[tr_idx].mode()[0]
    majority_scores.append(accuracy_score(y.iloc[va_idx], np.full(len(va_idx), majority)))
    test_proba += rf.predict_proba(te[features])[:, 1] / skf.n_splits

print(f"RF accuracy       : {np.mean(scores):.4f} +/- {np.std(scores):.4f}")
print(f"Majority baseline : {np.mean(majority_scores):.4f}")

submission = pd.DataFrame({"PassengerId": test_df["PassengerId"].astype(int),
                           "Survived": (test_proba >= 0.5).astype(int)})
submission.to_csv("submission.csv", index=False)
print(submission.head())
