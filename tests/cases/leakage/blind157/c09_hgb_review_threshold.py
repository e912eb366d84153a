#!/usr/bin/env python
"""Card fraud: gradient boosting + an operating threshold for the review queue.

The fraud ops team can review about 150 alerts per 10k transactions and wants
precision >= 0.5 on whatever we send them.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_recall_curve,
                             precision_score, recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"
ID = "transaction_id"
LEAKY = ["chargeback_flag"]  # filled in after disputes, unknown at auth time

raw = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")
print(raw[TARGET].value_counts(normalize=True).round(4))

def prepare(df):
    d = df.drop(columns=[c for c in [ID, TARGET] + LEAKY if c in df.columns]).copy()
    d["amount_per_txn24"] = d["amount"] / (d["txn_count_24h"] + 1)
    d["far_and_absent"] = ((d["distance_from_home_km"] > 100) & (d["card_present"] == 0)).astype(int)
    return pd.get_dummies(d, columns=["merchant_category"], prefix="mcc", dtype=int)


X = prepare(raw)
y = raw[TARGET]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=3)

gbm = HistGradientBoostingClassifier(learning_rate=0.06, max_iter=300, max_leaf_nodes=31,
                                     random_state=3)
gbm.fit(X_tr, y_tr)
p_te = gbm.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("baseline AP:", round(average_precision_score(y_te, base.predict_proba(X_te)[:, 1]), 4))
print("HGB AP     :", round(average_precision_score(y_te, p_te), 4))
print("HGB AUC    :", round(roc_auc_score(y_te, p_te), 4))

# ---- operating point ------------------------------------------------------
prec, rec, thr = precision_recall_curve(y_te, p_te)
ok = prec[:-1] >= 0.5
if ok.any():
    i = np.argmax(rec[:-1] * ok)  # best recall among thresholds meeting the precision target
    threshold = thr[i]
else:
    threshold = thr[np.argmax(2 * prec[:-1] * rec[:-1] / (prec[:-1] + rec[:-1] + 1e-9))]

alerts = (p_te >= threshold).astype(int)
print(f"threshold = {threshold:.4f}")
print(f"alert rate {alerts.mean():.4f} | precision {precision_score(y_te, alerts):.3f} "
      f"| recall {recall_score(y_te, alerts):.3f} | F1 {f1_score(y_te, alerts):.3f}")

# ---- submission -----------------------------------------------------------
gbm.fit(X, y)
pred = gbm.predict_proba(prepare(holdout).reindex(columns=X.columns, fill_value=0))[:, 1]
pd.DataFrame({ID: holdout[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "rows; would alert on", int((pred >= threshold).sum()))
