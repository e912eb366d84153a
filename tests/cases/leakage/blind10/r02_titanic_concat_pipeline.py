"""Titanic survival: combined feature engineering, imputation learned on the training split only."""
import re

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.isnull().mean().round(3))
print(train.groupby("Sex")["Survived"].mean())

TITLE_MAP = {
    "Mr": "Mr", "Miss": "Miss", "Mrs": "Mrs", "Master": "Master",
    "Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs",
}


def get_title(name):
    m = re.search(r" ([A-Za-z]+)\.", name)
    if m is None:
        return "Rare"
    return TITLE_MAP.get(m.group(1), "Rare")


n_train = len(train)
y = train["Survived"].values
all_data = pd.concat([train.drop(columns="Survived"), test], axis=0, ignore_index=True)

# row-wise features only on the combined frame
all_data["Title"] = all_data["Name"].apply(get_title)
all_data["FamilySize"] = all_data["SibSp"] + all_data["Parch"] + 1
all_data["IsAlone"] = (all_data["FamilySize"] == 1).astype(int)
all_data["HasCabin"] = all_data["Cabin"].notna().astype(int)
all_data["Deck"] = all_data["Cabin"].fillna("U").str[0]
all_data["LogFare"] = np.log1p(all_data["Fare"])
all_data = all_data.drop(columns=["Name", "Ticket", "Cabin", "Fare"])
all_data = pd.get_dummies(all_data, columns=["Pclass"], prefix="Class")

X_all = all_data.iloc[:n_train].drop(columns="PassengerId")
X_sub = all_data.iloc[n_train:].drop(columns="PassengerId")

X_train, X_val, y_train, y_val = train_test_split(
    X_all, y, test_size=0.2, random_state=7, stratify=y
)

numeric = ["Age", "LogFare", "SibSp", "Parch", "FamilySize"]
categorical = ["Sex", "Embarked", "Title", "Deck"]
passthrough = [c for c in X_all.columns if c not in numeric + categorical]

preprocess = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), numeric),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), categorical),
    ("rest", "passthrough", passthrough),
])

model = Pipeline([
    ("prep", preprocess),
    ("gb", GradientBoostingClassifier(n_estimators=250, learning_rate=0.05,
                                      max_depth=3, random_state=7)),
])

model.fit(X_train, y_train)
val_pred = model.predict(X_val)
print("val accuracy: %.4f" % accuracy_score(y_val, val_pred))
print(classification_report(y_val, val_pred, digits=3))

# final model on all labelled rows for the submission
model.fit(X_all, y)
sub = pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": model.predict(X_sub)})
sub.to_csv("submission.csv", index=False)
print(sub["Survived"].mean())
