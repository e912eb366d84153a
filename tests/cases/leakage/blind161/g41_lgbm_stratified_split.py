import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

# ---------------------------------------------------------------------------
# Config
# ---------------------------------------------------------------------------
TARGET = "churned_next_month"
ID = "snapshot_id"
# account_closed_date_known is filled after the fact -> leak, drop it.
# retention_offer_accepted is recorded on the snapshot itself (CRM field), keep it: accepting an offer
# is a strong signal that the customer was at risk.
DROP = [ID, "customer_id", "snapshot_month", "account_closed_date_known"]
SEED = 0

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train:", train.shape, "test:", test.shape)
print(train[TARGET].value_counts(normalize=True).round(4))
print(train.groupby("retention_offer_accepted")[TARGET].mean())


def build(df):
    X = df.drop(columns=[c for c in DROP + [TARGET] if c in df.columns]).copy()
    X["tenure_years"] = X["tenure_months"] / 12
    X["heavy_support"] = (X["support_tickets_30d"] >= 3).astype(int)
    X["dormant"] = (X["logins_30d"] == 0).astype(int)
    X = pd.get_dummies(X, columns=["plan", "region"], dtype=int)
    return X


X = build(train)
y = train[TARGET]
X_test = build(test).reindex(columns=X.columns, fill_value=0)
print("features:", list(X.columns))

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------
params = {
    "n_estimators": 600,
    "learning_rate": 0.03,
    "num_leaves": 24,
    "min_child_samples": 40,
    "colsample_bytree": 0.8,
    "subsample": 0.8,
    "subsample_freq": 1,
    "scale_pos_weight": 5,
    "random_state": SEED,
    "verbose": -1,
}
model = lgb.LGBMClassifier(**params)
model.fit(X_tr, y_tr)
p_va = model.predict_proba(X_va)[:, 1]

auc = roc_auc_score(y_va, p_va)
ap = average_precision_score(y_va, p_va)
f1 = f1_score(y_va, p_va >= 0.5)
print(f"ROC AUC {auc:.4f} | AP {ap:.4f} | F1@0.5 {f1:.4f}")

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

# ---------------------------------------------------------------------------
# Submission
# ---------------------------------------------------------------------------
model_full = lgb.LGBMClassifier(**params).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": model_full.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": auc, "average_precision": ap}, open("metrics.json", "w"))
