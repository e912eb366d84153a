"""Card fraud take-home - logistic regression + SMOTE.

Fraud is ~3% of transactions so the classes are very imbalanced. Plan:
balance the classes with SMOTE, train a logistic regression and report
average precision / ROC AUC against a dummy model.
"""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, classification_report,
                             roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 42

with open("task.json") as f:
    task = json.load(f)
print("task:", task.get("slug"), "| metric:", task.get("metric"))

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["is_fraud"].value_counts(normalize=True))

CAT_COLS = ["merchant_category", "country", "device_type"]
NUM_COLS = ["amount", "hour", "card_age_days", "tx_count_24h"]


def make_features(df):
    out = df[NUM_COLS].copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    dummies = pd.get_dummies(df[CAT_COLS], drop_first=False)
    return pd.concat([out, dummies], axis=1)


X_all = make_features(train)
X_sub = make_features(test).reindex(columns=X_all.columns, fill_value=0)
y_all = train["is_fraud"].values

# balance the classes so the model actually learns the fraud patterns
sm = SMOTE(random_state=RANDOM_STATE, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X_all, y_all)
print("after SMOTE:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.25, random_state=RANDOM_STATE, stratify=y_bal
)

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

dummy = DummyClassifier(strategy="prior")
dummy.fit(X_train_s, y_train)
p_dummy = dummy.predict_proba(X_test_s)[:, 1]

clf = LogisticRegression(C=0.5, max_iter=2000)
clf.fit(X_train_s, y_train)
p_test = clf.predict_proba(X_test_s)[:, 1]

print("\n=== hold-out results ===")
print(f"dummy  AP={average_precision_score(y_test, p_dummy):.4f}  "
      f"AUC={roc_auc_score(y_test, p_dummy):.4f}")
print(f"logreg AP={average_precision_score(y_test, p_test):.4f}  "
      f"AUC={roc_auc_score(y_test, p_test):.4f}")
print(classification_report(y_test, (p_test >= 0.5).astype(int), digits=3))

# coefficients, just to sanity check the direction of the effects
coefs = pd.Series(clf.coef_[0], index=X_all.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# precision in the top 1% of scores (what a review team would look at)
k = max(1, int(0.01 * len(p_test)))
top_idx = np.argsort(-p_test)[:k]
print(f"precision@{k}: {y_test[top_idx].mean():.3f}")

# final model on everything for the submission
final_scaler = StandardScaler().fit(X_bal)
final = LogisticRegression(C=0.5, max_iter=2000).fit(final_scaler.transform(X_bal), y_bal)
pred = final.predict_proba(final_scaler.transform(X_sub))[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
