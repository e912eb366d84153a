# fraud_xgb_smote.py
# XGBoost on SMOTE-balanced data for the card fraud task.
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (average_precision_score, classification_report,
                             confusion_matrix, roc_auc_score)
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df["is_fraud"].value_counts(normalize=True))

num = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d"]
cat = ["merchant_category", "device_type"]

# SMOTE needs numbers only -> one-hot, -1 for missing averages
def to_matrix(frame):
    out = pd.get_dummies(frame[num + cat], columns=cat, dtype=float)
    out["avg_amount_30d"] = out["avg_amount_30d"].fillna(-1)
    return out

X = to_matrix(df)
X_sub = to_matrix(test).reindex(columns=X.columns, fill_value=0.0)
y = df["is_fraud"]

sm = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=1)
X_bal, y_bal = sm.fit_resample(X, y)
print("balanced:", X_bal.shape, y_bal.mean())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=1)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("Dummy ROC AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

xgbc = XGBClassifier(n_estimators=500, max_depth=6, learning_rate=0.05, subsample=0.8,
                     colsample_bytree=0.8, eval_metric="logloss", random_state=1)
xgbc.fit(X_train, y_train)
proba = xgbc.predict_proba(X_test)[:, 1]
print("XGB ROC AUC:", roc_auc_score(y_test, proba))
print("XGB PR AUC :", average_precision_score(y_test, proba))
print(confusion_matrix(y_test, proba > 0.5))
print(classification_report(y_test, proba > 0.5, digits=3))

imp = pd.Series(xgbc.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.head(15).plot.bar(figsize=(9, 3))
plt.tight_layout()
plt.savefig("importance.png")

xgbc.fit(X_bal, y_bal)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": xgbc.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("predictions written")
