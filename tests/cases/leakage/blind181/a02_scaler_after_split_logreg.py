"""Card fraud take-home: regularised logistic regression.

Runs next to train.csv / test.csv / task.json and writes predictions.csv.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

with open("task.json") as fh:
    task = json.load(fh)
print("task:", task.get("slug"), "| metric:", task.get("metric"))

CATS = ["merchant_category", "country", "device"]
SEED = 42

train = pd.read_csv("train.csv", parse_dates=["transaction_time"])
test = pd.read_csv("test.csv", parse_dates=["transaction_time"])
print(train.shape, test.shape)
print("fraud rate:", round(train["is_fraud"].mean(), 4))


def make_features(df):
    """Row-wise features only; categorical columns are one-hot encoded."""
    out = pd.DataFrame(index=df.index)
    out["log_amount"] = np.log1p(df["amount"].clip(lower=0))
    out["hour"] = df["transaction_time"].dt.hour
    out["dow"] = df["transaction_time"].dt.dayofweek
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    out["round_amount"] = (df["amount"] % 1 == 0).astype(int)
    dummies = pd.get_dummies(df[CATS], dtype=float)
    return pd.concat([out, dummies], axis=1)


X = make_features(train)
y = train["is_fraud"].values
X_sub = make_features(test).reindex(columns=X.columns, fill_value=0.0)

X_tr, X_val, y_tr, y_val = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED
)

# scale so the L2 penalty treats the features evenly -- statistics from the training part only
scaler = StandardScaler()
X_tr = scaler.fit_transform(X_tr)
X_val = scaler.transform(X_val)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_val)[:, 1]

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(X_tr, y_tr)
p_val = clf.predict_proba(X_val)[:, 1]

print(f"dummy    ROC AUC {roc_auc_score(y_val, p_dummy):.3f}  PR AUC {average_precision_score(y_val, p_dummy):.3f}")
print(f"logreg   ROC AUC {roc_auc_score(y_val, p_val):.3f}  PR AUC {average_precision_score(y_val, p_val):.3f}")

coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
print("most negative:\n", coefs.head(5))
print("most positive:\n", coefs.tail(5))

# refit scaler and model on all labelled rows for the submission
final_scaler = StandardScaler().fit(X)
final = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
final.fit(final_scaler.transform(X), y)
pred = final.predict_proba(final_scaler.transform(X_sub))[:, 1]

pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
