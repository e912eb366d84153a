"""fraud.py - card fraud take-home

steps: build features -> keep the ones most correlated with is_fraud -> 5-fold CV of a random
forest and a prior baseline (average precision) -> refit and predict test.csv
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

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


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X_all = build_features(train)
y = train[TARGET]

corr = X_all.apply(lambda col: col.corr(y)).abs().sort_values(ascending=False)
print(corr.head(20))
selected = corr.index[:TOP_N].tolist()
print("selected:", selected)
X = X_all[selected]

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=99)
ap_rf = cross_val_score(rf, X, y, cv=cv, scoring="average_precision")
ap_base = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring="average_precision")
print(f"RF AP    {ap_rf.mean():.4f} +- {ap_rf.std():.4f}")
print(f"prior AP {ap_base.mean():.4f}")

rf.fit(X, y)
X_test = build_features(test).reindex(columns=X_all.columns, fill_value=0)[selected]
pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
