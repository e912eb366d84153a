#!/usr/bin/env python
# coding: utf-8
# fraud take home - xgboost

import pandas as pd
import numpy as np
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from sklearn.dummy import DummyClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.columns.tolist())

# chargeback is only known after the fraud is reported so drop it
train = train.drop(columns=["chargeback_flag"])

# timestamp -> day of week
train["timestamp"] = pd.to_datetime(train["timestamp"])
test["timestamp"] = pd.to_datetime(test["timestamp"])
train["dow"] = train["timestamp"].dt.dayofweek
test["dow"] = test["timestamp"].dt.dayofweek

cat_cols = ["merchant_category", "country", "device_type"]
for c in cat_cols:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

# transaction_id is just a row number, card_id an account key -> not features
X = train.drop(columns=["is_fraud", "timestamp", "card_id", "transaction_id"])
y = train["is_fraud"]
print(X.dtypes)

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=7, stratify=y)

dummy = DummyClassifier(strategy="prior")
dummy.fit(X_tr, y_tr)
print("dummy auc", roc_auc_score(y_val, dummy.predict_proba(X_val)[:, 1]))

ratio = (y_tr == 0).sum() / (y_tr == 1).sum()
model = XGBClassifier(
    n_estimators=400,
    max_depth=6,
    learning_rate=0.05,
    scale_pos_weight=ratio,
    enable_categorical=True,
    tree_method="hist",
    eval_metric="auc",
)
model.fit(X_tr, y_tr)

val_prob = model.predict_proba(X_val)[:, 1]
print("xgb auc", roc_auc_score(y_val, val_prob))
print("xgb ap ", average_precision_score(y_val, val_prob))
print(classification_report(y_val, (val_prob > 0.5).astype(int)))

# which features matter
print(sorted(zip(model.feature_importances_, X.columns), reverse=True))

X_test = test[X.columns]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("written predictions.csv")
