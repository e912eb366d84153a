"""Fraud - TabNet with account profile features.

Account profile: how many transactions the account makes, its average / max amount and how
many merchant categories it uses.
Validation: transactions after the 80% time cutoff from accounts not seen before it.
"""
import numpy as np
import pandas as pd
import torch
from pytorch_tabnet.tab_model import TabNetClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 1
df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time").reset_index(drop=True)
sub = pd.read_csv("test.csv", parse_dates=["event_time"])


def add_features(d):
    d = d.copy()
    g = d.groupby("account_id")
    d["acct_n_txn"] = g["transaction_id"].transform("count")
    d["acct_avg_amount"] = g["amount"].transform("mean")
    d["acct_max_amount"] = g["amount"].transform("max")
    d["acct_n_mcc"] = g["merchant_category"].transform("nunique")
    d["hour"] = d["event_time"].dt.hour
    d["log_amount"] = np.log1p(d["amount"])
    d = pd.get_dummies(d, columns=["merchant_category", "channel", "device_type", "country"], dtype=np.float32)
    return d


df = add_features(df)
sub = add_features(sub)
FEATS = [c for c in df.columns if c not in
         ("transaction_id", "account_id", "event_time", "amount", "chargeback_flag", "is_fraud")]
sub = sub.reindex(columns=df.columns, fill_value=0)

cutoff = df["event_time"].quantile(0.8)
trn = df[df.event_time <= cutoff]
val = df[(df.event_time > cutoff) & ~df.account_id.isin(set(trn.account_id))]
print(len(trn), "train rows |", len(val), "valid rows (new accounts only)")

X_tr = trn[FEATS].fillna(0).values.astype(np.float32)
y_tr = trn["is_fraud"].values
X_va = val[FEATS].fillna(0).values.astype(np.float32)
y_va = val["is_fraud"].values

clf = TabNetClassifier(n_d=16, n_a=16, n_steps=4, optimizer_fn=torch.optim.Adam,
                       optimizer_params=dict(lr=2e-2), seed=SEED, verbose=5)
clf.fit(X_tr, y_tr, max_epochs=30, batch_size=4096, virtual_batch_size=512, weights=1)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
for name, m in [("dummy", dummy), ("tabnet", clf)]:
    pv = m.predict_proba(X_va)[:, 1]
    print(f"{name:6s}  AUC {roc_auc_score(y_va, pv):.4f}  AP {average_precision_score(y_va, pv):.4f}")

pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": clf.predict_proba(sub[FEATS].fillna(0).values.astype(np.float32))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
