"""Card fraud take-home - logistic regression with analyst cost.

Approach:
  1. basic cleaning + one-hot of the categoricals
  2. standardise numerics
  3. logistic regression (class_weight balanced)
  4. evaluate on a 20% holdout: ROC AUC, PR AUC and the analysts' cost at the
     cost-ratio threshold
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 7

# cost numbers from the fraud-ops team (per transaction)
REVIEW_COST = 6.0        # analyst minutes * loaded hourly rate
CHARGEBACK_FEE = 20.0    # scheme fee when fraud slips through


def analyst_cost(y_true, y_flag, amount):
    """Total cost: every flag costs a review, every missed fraud costs amount + fee."""
    y_true = np.asarray(y_true)
    y_flag = np.asarray(y_flag)
    amount = np.asarray(amount)
    review = REVIEW_COST * y_flag.sum()
    missed = ((y_true == 1) & (y_flag == 0))
    lost = (amount[missed] + CHARGEBACK_FEE).sum()
    return review + lost


with open("task.json") as fh:
    task = json.load(fh)
print("task:", task.get("name", "card-fraud"))

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(df.shape, test_df.shape)
print(df["is_fraud"].value_counts(normalize=True))

# chargeback_flag only arrives weeks later -> not usable at scoring time
DROP = ["transaction_id", "card_id", "is_fraud", "chargeback_flag"]
CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]


def make_features(frame):
    out = frame.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["night"] = out["hour"].between(0, 5).astype(int)
    out = pd.get_dummies(out.drop(columns=[c for c in DROP if c in out.columns]),
                         columns=CATS, dtype=float)
    return out


X_all = make_features(df)
y_all = df["is_fraud"].values
num_cols = NUMS + ["log_amount"]

scaler = StandardScaler()
X_all[num_cols] = scaler.fit_transform(X_all[num_cols])

X_tr, X_te, y_tr, y_te, amt_tr, amt_te = train_test_split(
    X_all, y_all, df["amount"].values, test_size=0.2,
    stratify=y_all, random_state=RANDOM_STATE)
print("train", X_tr.shape, "holdout", X_te.shape)

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(X_tr, y_tr)
p_te = clf.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]

# balanced class weights shift the probabilities, so the cost-ratio threshold
# (REVIEW_COST / (REVIEW_COST + typical loss)) would flag far too much; keep 0.5
# for the balanced model and look at the rank-based metrics as well
TYPICAL_LOSS = 150.0   # ops team's figure for an average fraud
print(f"cost-ratio threshold would be {REVIEW_COST / (REVIEW_COST + TYPICAL_LOSS + CHARGEBACK_FEE):.3f}")
thr = 0.5

results = {}
for name, p in [("dummy_prior", p_dummy), ("logreg", p_te)]:
    flags = (p >= thr).astype(int)
    results[name] = {
        "roc_auc": roc_auc_score(y_te, p) if len(np.unique(p)) > 1 else 0.5,
        "pr_auc": average_precision_score(y_te, p),
        "cost": analyst_cost(y_te, flags, amt_te),
        "n_flagged": int(flags.sum()),
    }

print(pd.DataFrame(results).T)
print(confusion_matrix(y_te, (p_te >= thr).astype(int)))

flag_nothing = analyst_cost(y_te, np.zeros_like(y_te), amt_te)
saving = flag_nothing - results["logreg"]["cost"]
print(f"cost if we flag nothing: {flag_nothing:,.0f}  model saves {saving:,.0f}")

# coefficients, for the write-up
coefs = pd.Series(clf.coef_[0], index=X_tr.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# submission
X_sub = make_features(test_df).reindex(columns=X_all.columns, fill_value=0.0)
X_sub[num_cols] = scaler.transform(X_sub[num_cols])
sub = pd.DataFrame({"transaction_id": test_df["transaction_id"],
                    "is_fraud": clf.predict_proba(X_sub)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
