# -*- coding: utf-8 -*-
# Fraud take-home | Joana (bootcamp grad)
# random forest + a few velocity-ish features

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df.head())
print(df["is_fraud"].mean())

def feats(d):
    d = d.copy()
    d["ts"] = pd.to_datetime(d["timestamp"])
    d["dow"] = d["ts"].dt.dayofweek
    d["weekend"] = (d["dow"] >= 5).astype(int)
    d["log_amount"] = np.log1p(d["amount"])
    d["amount_gt_500"] = (d["amount"] > 500).astype(int)
    d["foreign_night"] = ((d["is_international"] == 1) & (d["hour"] < 6)).astype(int)
    d = pd.get_dummies(d, columns=["merchant_category", "country", "device_type"], dtype=int)
    return d

df = feats(df)
test = feats(test)
print(df.shape)

DROP = ["transaction_id", "card_id", "timestamp", "ts", "chargeback_flag", "is_fraud"]
cols = [c for c in df.columns if c not in DROP]
test_X = test.reindex(columns=cols, fill_value=0)

X = df[cols].fillna(-1)
y = df["is_fraud"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=8, stratify=y)
print(X_train.shape, X_val.shape)

# reference point: score every transaction with the train fraud rate (= no model at all)
prior = y_train.mean()
p_base = np.full(len(y_val), prior)
print("baseline (prior) ROC AUC:", round(roc_auc_score(y_val, p_base), 4))
print("baseline (prior) PR AUC :", round(average_precision_score(y_val, p_base), 4))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=8)
rf.fit(X_train, y_train)
p = rf.predict_proba(X_val)[:, 1]

print("val ROC AUC:", round(roc_auc_score(y_val, p), 4))
print("val PR AUC :", round(average_precision_score(y_val, p), 4))
print(classification_report(y_val, (p > 0.4).astype(int), digits=3))

importances = pd.Series(rf.feature_importances_, index=cols).sort_values(ascending=False)
print(importances.head(12))

pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": rf.predict_proba(test_X.fillna(-1))[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions")
