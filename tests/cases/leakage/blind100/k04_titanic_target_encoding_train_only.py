"""Titanic - title survival-rate encoding, done the careful way.

The survival rate per title is learned on the training split only and then
mapped onto the validation split and the Kaggle test file.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score

SEED = 7

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(train_df.shape, test_df.shape)
print(train_df["Survived"].value_counts())


def basic_features(frame):
    frame = frame.copy()
    title = frame["Name"].str.extract(r",\s*([^\.]+)\.", expand=False).str.strip()
    title = title.replace({"Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs"})
    frame["Title"] = title.where(title.isin(["Mr", "Mrs", "Miss", "Master"]), "Other")
    frame["Sex"] = frame["Sex"].map({"male": 0, "female": 1})
    frame["Family"] = frame["SibSp"] + frame["Parch"]
    frame["Embarked"] = frame["Embarked"].fillna("S").map({"S": 0, "C": 1, "Q": 2})
    frame["Age"] = frame["Age"].fillna(-1)      # tree model: missing age as its own value
    frame["Fare"] = frame["Fare"].fillna(-1)
    return frame


train_df = basic_features(train_df)
test_df = basic_features(test_df)

print(train_df.groupby("Pclass")["Survived"].mean())
print(pd.crosstab(train_df["Title"], train_df["Sex"]))

tr, va = train_test_split(train_df, test_size=0.25, random_state=SEED, stratify=train_df["Survived"])
tr = tr.copy()
va = va.copy()


def fit_title_rate(frame, smoothing=10):
    """Smoothed survival rate per title, computed on the rows given."""
    prior = frame["Survived"].mean()
    stats = frame.groupby("Title")["Survived"].agg(["mean", "count"])
    rate = (stats["mean"] * stats["count"] + prior * smoothing) / (stats["count"] + smoothing)
    return rate, prior


rate, prior = fit_title_rate(tr)
print(rate)
tr["Title_rate"] = tr["Title"].map(rate).fillna(prior)
va["Title_rate"] = va["Title"].map(rate).fillna(prior)

features = ["Pclass", "Sex", "Age", "Fare", "Family", "Embarked", "Title_rate"]

dummy = DummyClassifier(strategy="most_frequent").fit(tr[features], tr["Survived"])
print("baseline (most frequent) accuracy:", accuracy_score(va["Survived"], dummy.predict(va[features])))

model = RandomForestClassifier(n_estimators=400, max_depth=6, min_samples_leaf=2, random_state=SEED)
model.fit(tr[features], tr["Survived"])

val_pred = model.predict(va[features])
val_proba = model.predict_proba(va[features])[:, 1]
print("val accuracy:", accuracy_score(va["Survived"], val_pred))
print("val f1:", f1_score(va["Survived"], val_pred))
print("val roc auc:", roc_auc_score(va["Survived"], val_proba))

for name, imp in sorted(zip(features, model.feature_importances_), key=lambda t: -t[1]):
    print(f"{name:12s} {imp:.3f}")

# final model on all labelled rows, encoding refitted on them too
full_rate, full_prior = fit_title_rate(train_df)
train_df["Title_rate"] = train_df["Title"].map(full_rate).fillna(full_prior)
test_df["Title_rate"] = test_df["Title"].map(full_rate).fillna(full_prior)
model.fit(train_df[features], train_df["Survived"])
submission = pd.DataFrame({"PassengerId": test_df["PassengerId"], "Survived": model.predict(test_df[features])})
submission.to_csv("submission.csv", index=False)
print("saved", submission.shape)
