#!/usr/bin/env python
# Churn snapshots - only ~5% positives, so try upsampling the churners.
# Upsampling is done on the training rows only, after the split.

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.utils import resample
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

SEED = 2024
TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]

train_raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")
train_raw["snapshot_month"] = pd.to_datetime(train_raw["snapshot_month"])

print(train_raw[TARGET].value_counts())
print(train_raw.groupby("snapshot_month")[TARGET].mean())
print(train_raw["plan"].value_counts())
print(train_raw[NUM].describe().round(2))
print("customers:", train_raw["customer_id"].nunique(), "rows:", len(train_raw))


PLANS = sorted(train_raw["plan"].dropna().unique())


def encode(d):
    X = d[NUM].copy()
    for p in PLANS:
        X["plan_" + str(p)] = (d["plan"] == p).astype(int)
    X["failures_flag"] = (d["payment_failures"] > 0).astype(int)
    X["tickets_per_usage"] = d["support_tickets"] / (d["usage_hours"] + 1)
    return X


# customers -> train / validation, then a time cut on top
cust_ids = train_raw["customer_id"].unique()
cust_tr, cust_va = train_test_split(cust_ids, test_size=0.25, random_state=SEED)
cut = pd.Timestamp("2024-07-01")
tr = train_raw[train_raw["customer_id"].isin(cust_tr) & (train_raw["snapshot_month"] < cut)]
va = train_raw[train_raw["customer_id"].isin(cust_va) & (train_raw["snapshot_month"] >= cut)]
print("train", tr.shape, tr[TARGET].mean(), "| valid", va.shape, va[TARGET].mean())


def upsample_minority(d, ratio=0.25, seed=SEED):
    """Duplicate churners until they are `ratio` of the majority count."""
    maj = d[d[TARGET] == 0]
    mino = d[d[TARGET] == 1]
    n_target = int(len(maj) * ratio)
    mino_up = resample(mino, replace=True, n_samples=n_target, random_state=seed)
    out = pd.concat([maj, mino_up]).sample(frac=1, random_state=seed)
    return out


tr_up = upsample_minority(tr)
print("after upsampling:", tr_up[TARGET].value_counts().to_dict())

X_tr, y_tr = encode(tr), tr[TARGET]
X_tr_up, y_tr_up = encode(tr_up), tr_up[TARGET]
X_va, y_va = encode(va), va[TARGET]


def evaluate(name, model, X, y):
    model.fit(X, y)
    p = model.predict_proba(X_va)[:, 1]
    yhat = (p >= 0.5).astype(int)
    print(f"{name:28s} auc={roc_auc_score(y_va, p):.4f} ap={average_precision_score(y_va, p):.4f} "
          f"prec={precision_score(y_va, yhat, zero_division=0):.3f} rec={recall_score(y_va, yhat):.3f}")
    return p


evaluate("dummy (prior)", DummyClassifier(strategy="prior"), X_tr, y_tr)
evaluate("rf plain", RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=SEED), X_tr, y_tr)
evaluate("rf upsampled", RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=SEED), X_tr_up, y_tr_up)
evaluate("hgb plain", HistGradientBoostingClassifier(max_iter=300, random_state=SEED), X_tr, y_tr)
p_best = evaluate("hgb upsampled", HistGradientBoostingClassifier(max_iter=300, random_state=SEED), X_tr_up, y_tr_up)

# how many churners would we catch if we contacted the top 10%?
k = int(0.1 * len(p_best))
top = np.argsort(-p_best)[:k]
print("recall@10%:", y_va.iloc[top].sum() / y_va.sum())

# final: upsample all of train.csv and refit
full_up = upsample_minority(train_raw)
final = HistGradientBoostingClassifier(max_iter=300, random_state=SEED)
final.fit(encode(full_up), full_up[TARGET])
pred = final.predict_proba(encode(test_raw))[:, 1]
pd.DataFrame({"snapshot_id": test_raw["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions saved:", len(pred))
