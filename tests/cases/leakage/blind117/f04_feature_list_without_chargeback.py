"""Card fraud take-home - random forest on hand-picked features.

Run from the bundle folder: python solution.py
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report
from sklearn.model_selection import train_test_split

SEED = 42

NUMERIC = [
    "amount",
    "customer_age",
    "account_age_days",
    "support_contacts_7d",
    "hour",
    "is_foreign",
    "txn_last_1h",
    "txn_last_24h",
]
CATEGORICAL = ["channel", "entry_mode", "device_type"]


def load():
    with open("task.json") as fh:
        task = json.load(fh)
    train = pd.read_csv("train.csv", parse_dates=["timestamp"])
    test = pd.read_csv("test.csv", parse_dates=["timestamp"])
    return task, train, test


def card_velocity(frame):
    """Counts of earlier transactions on the same card in the last hour / day."""
    frame = frame.sort_values("timestamp").copy()
    frame["one"] = 1
    out = []
    for _, grp in frame.groupby("card_id"):
        grp = grp.set_index("timestamp")
        grp["txn_last_1h"] = grp["one"].rolling("1h", closed="left").sum().fillna(0).values
        grp["txn_last_24h"] = grp["one"].rolling("24h", closed="left").sum().fillna(0).values
        out.append(grp.reset_index())
    return pd.concat(out).drop(columns="one").sort_values("transaction_id")


def build(frame):
    frame = card_velocity(frame)
    frame["hour"] = frame["timestamp"].dt.hour
    frame["is_foreign"] = (frame["merchant_country"] != frame["card_country"]).astype(int)
    dummies = pd.get_dummies(frame[CATEGORICAL], prefix=CATEGORICAL)
    return pd.concat([frame[["transaction_id"] + NUMERIC], dummies], axis=1), frame


def main():
    task, train, test = load()
    print("target:", task["target"], "rows:", len(train))
    print(train["is_fraud"].value_counts())

    X_all, train = build(train)
    y_all = train["is_fraud"].values
    X_all = X_all.drop(columns="transaction_id")

    X_tr, X_te, y_tr, y_te = train_test_split(X_all, y_all, test_size=0.25, stratify=y_all, random_state=SEED)

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    print("dummy AP:", average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))

    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=SEED)
    rf.fit(X_tr, y_tr)
    proba = rf.predict_proba(X_te)[:, 1]
    print("random forest AP:", round(average_precision_score(y_te, proba), 4))
    print(classification_report(y_te, (proba > 0.5).astype(int), digits=3))

    imp = pd.Series(rf.feature_importances_, index=X_all.columns).sort_values(ascending=False)
    print(imp.head(10))

    rf.fit(X_all, y_all)
    X_test, test = build(test)
    X_test = X_test.drop(columns="transaction_id").reindex(columns=X_all.columns, fill_value=0)
    pd.DataFrame({"transaction_id": test["transaction_id"].values,
                  "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
