"""Fraud detection take-home.

3% positives -> rebalance with SMOTE first so both splits have enough fraud cases to
learn from and to evaluate on.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 11
POST_EVENT = ["chargeback_flag", "manual_review_outcome"]


def engineer(df):
    out = df.drop(columns=POST_EVENT, errors="ignore").copy()
    ts = pd.to_datetime(out.pop("transaction_ts"))
    out["hour"] = ts.dt.hour
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    out["weekday"] = ts.dt.weekday
    out["log_amount"] = np.log1p(out["amount"])
    out["amount_vs_avg"] = out["amount"] / (out["card_avg_amount_90d"] + 1)
    out = pd.get_dummies(out, columns=["merchant_category", "channel", "country"], dtype=float)
    return out.fillna(-1)


train_raw = pd.read_csv("train.csv")
data = engineer(train_raw)
y = data.pop("is_fraud")
ids = data.pop("transaction_id")
X = data

print("before SMOTE:", y.value_counts().to_dict())
X_bal, y_bal = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=SEED).fit_resample(X, y)
print("after SMOTE:", y_bal.value_counts().to_dict())

X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=SEED)

model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.08, max_depth=8, random_state=SEED)
model.fit(X_tr, y_tr)
proba = model.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy AP :", round(average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]), 4))
print("model AP :", round(average_precision_score(y_te, proba), 4))
print("model AUC:", round(roc_auc_score(y_te, proba), 4))
print(classification_report(y_te, (proba > 0.5).astype(int), digits=3))

# predictions for the hidden test file
test_raw = pd.read_csv("test.csv")
test = engineer(test_raw)
test = test.reindex(columns=["transaction_id", *X.columns], fill_value=0.0)
model.fit(X_bal, y_bal)
pd.DataFrame({
    "transaction_id": test["transaction_id"],
    "prediction": model.predict_proba(test[X.columns])[:, 1],
}).to_csv("predictions.csv", index=False)
