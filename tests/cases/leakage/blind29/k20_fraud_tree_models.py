# Fraud detection take-home
# Author: candidate
# Random forest compared against a majority-class baseline.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
print(df.info())
print(df["is_fraud"].value_counts())

FEATURE_GROUPS = {
    "transaction": ["amount", "hour", "is_foreign", "distance_from_home"],
    "card": ["card_age_days", "n_tx_24h"],
    "history": ["chargeback_flag"],
}
CATEGORICAL = ["merchant_category", "device_type"]


def to_matrix(frame):
    numeric_cols = [c for group in FEATURE_GROUPS.values() for c in group]
    parts = [frame[numeric_cols].fillna(0)]
    parts.append(pd.get_dummies(frame[CATEGORICAL], dtype=int))
    mat = pd.concat(parts, axis=1)
    mat["amount_log"] = np.log1p(mat["amount"])
    return mat


X = to_matrix(df)
y = df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=3, stratify=y)

models = {
    "majority baseline": DummyClassifier(strategy="most_frequent"),
    "random forest": RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=3),
}

for name, model in models.items():
    model.fit(X_train, y_train)
    acc = accuracy_score(y_test, model.predict(X_test))
    print(f"{name:18s} accuracy = {acc:.4f}")

forest = models["random forest"]
imp = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

# retrain on all data, predict test
test = pd.read_csv("test.csv")
X_sub = to_matrix(test).reindex(columns=X.columns, fill_value=0)
forest.fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": forest.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
