"""Card fraud classifier: k-NN vs logistic regression vs random forest.

Compared with the majority-class baseline using stratified 5-fold CV,
then the chosen model is checked on a 20% hold-out.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

with open("task.json") as f:
    task = json.load(f)
target = task["target"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape)
print(df.dtypes)

num_features = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "avg_amount_30d"]
flag_features = ["card_present", "is_foreign"]
cat_features = ["merchant_category", "channel", "device_type"]
features = num_features + flag_features + cat_features

X_train, X_hold, y_train, y_hold = train_test_split(df[features], df[target], test_size=0.2,
                                                    stratify=df[target], random_state=12)


def with_prep(model):
    return Pipeline([
        ("prep", ColumnTransformer([
            ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
             num_features),
            ("flags", SimpleImputer(strategy="most_frequent"), flag_features),
            ("cat", OneHotEncoder(handle_unknown="ignore"), cat_features),
        ])),
        ("model", model),
    ])


models = {
    "majority baseline": with_prep(DummyClassifier(strategy="most_frequent")),
    "knn": with_prep(KNeighborsClassifier(n_neighbors=25)),
    "logreg": with_prep(LogisticRegression(max_iter=2000)),
    "forest": with_prep(RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=12)),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=12)
cv_scores = {}
for name, model in models.items():
    acc = cross_val_score(model, X_train, y_train, cv=skf, scoring="accuracy", n_jobs=-1)
    cv_scores[name] = acc.mean()
    print(f"{name:18s} accuracy {acc.mean():.4f} +- {acc.std():.4f}")

best = max((n for n in cv_scores if n != "majority baseline"), key=cv_scores.get)
print("best:", best)

chosen = models[best].fit(X_train, y_train)
base = models["majority baseline"].fit(X_train, y_train)
print("hold-out accuracy  model: %.4f  baseline: %.4f" % (accuracy_score(y_hold, chosen.predict(X_hold)),
                                                         accuracy_score(y_hold, base.predict(X_hold))))

chosen.fit(df[features], df[target])
pd.DataFrame({task["id_column"]: sub[task["id_column"]],
              "prediction": chosen.predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
