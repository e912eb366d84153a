"""fraud.py - card fraud take-home

steps: build features -> RFE with a logistic model picks 12 of them -> random forest.
Selection and model are one Pipeline, so 5-fold CV refits the selection in every fold.
A prior-rate dummy is scored on the same folds.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
TOP_N = 12


def build_features(df):
    f = pd.DataFrame(index=df.index)
    f["amount"] = df["amount"]
    f["log_amount"] = np.log1p(df["amount"])
    f["amount_ratio"] = df["amount"] / (df["avg_amount_30d"] + 1)
    f["hour"] = df["hour"]
    f["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    f["country_mismatch"] = df["country_mismatch"]
    f["card_present"] = df["card_present"]
    f["cnp_and_mismatch"] = (1 - df["card_present"]) * df["country_mismatch"]
    f["txns_last_24h"] = df["txns_last_24h"]
    f["burst"] = (df["txns_last_24h"] >= 8).astype(int)
    f["avg_amount_30d"] = df["avg_amount_30d"]
    f["distance_from_home_km"] = df["distance_from_home_km"]
    f["far_from_home"] = (df["distance_from_home_km"] > 200).astype(int)
    f = f.join(pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=int))
    f = f.join(pd.get_dummies(df["device_type"], prefix="dev", dtype=int))
    return f.fillna(0)


def make_pipeline():
    return Pipeline([
        ("scale", StandardScaler()),
        ("rfe", RFE(LogisticRegression(max_iter=2000, class_weight="balanced"),
                    n_features_to_select=TOP_N, step=2)),
        ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=3, max_features="sqrt",
                                      class_weight="balanced_subsample", n_jobs=-1, random_state=99)),
    ])


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = build_features(train)
y = train[TARGET]

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
ap_model = cross_val_score(make_pipeline(), X, y, cv=cv, scoring="average_precision")
ap_base = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring="average_precision")
print(f"RFE+RF AP {ap_model.mean():.4f} +- {ap_model.std():.4f}")
print(f"prior AP  {ap_base.mean():.4f}")

final = make_pipeline().fit(X, y)
kept = X.columns[final.named_steps["rfe"].support_].tolist()
print("features kept on the full data:", kept)
X_test = build_features(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
