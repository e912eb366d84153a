#!/usr/bin/env python
"""Early-warning score for ICU deterioration (next 6 h), stay-hour level.

Kept deliberately simple/interpretable: standardised vitals + labs -> logistic regression,
so the coefficients can be read by the clinical team.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

Y = "deterioration_6h"
COLS = ["age", "heart_rate", "resp_rate", "spo2", "sbp", "dbp", "temp_c", "gcs",
        "fio2", "lactate", "creatinine", "wbc"]

raw = pd.read_csv("train.csv", parse_dates=["charttime", "admit_time"])
raw = raw.sort_values(["stay_id", "charttime"])
print(raw.shape, raw[Y].mean())

# last observation carried forward inside a stay
raw[COLS] = raw.groupby("stay_id")[COLS].ffill()
raw["map"] = (raw["sbp"] + 2 * raw["dbp"]) / 3
raw["hr_change_1h"] = raw["heart_rate"] - raw.groupby("stay_id")["heart_rate"].shift(1)
raw["rr_change_1h"] = raw["resp_rate"] - raw.groupby("stay_id")["resp_rate"].shift(1)
feats = COLS + ["map", "hr_change_1h", "rr_change_1h"]

# whole stays on one side: train = stays finished before 2022-07, test = stays admitted after
first_last = raw.groupby("stay_id")["charttime"].agg(["min", "max"])
cut = pd.Timestamp("2022-07-01")
is_train = raw["stay_id"].isin(first_last.index[first_last["max"] < cut])
is_test = raw["stay_id"].isin(first_last.index[first_last["min"] >= cut])

X = raw[feats].copy()
# impute remaining gaps with the median, then z-score -- statistics from the training stays only
med = X[is_train].median()
X = X.fillna(med)
mu, sd = X[is_train].mean(), X[is_train].std()
X = (X - mu) / sd

X_train, y_train = X[is_train], raw.loc[is_train, Y]
X_test, y_test = X[is_test], raw.loc[is_test, Y]
print("train rows", len(X_train), "test rows", len(X_test))

lr = LogisticRegression(C=0.3, max_iter=5000, class_weight="balanced")
lr.fit(X_train, y_train)
prob = lr.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dprob = dummy.predict_proba(X_test)[:, 1]

print("              AUROC   AUPRC  recall@0.5")
print(f"dummy         {roc_auc_score(y_test, dprob):.3f}   {average_precision_score(y_test, dprob):.3f}   {recall_score(y_test, dprob > 0.5):.3f}")
print(f"logistic      {roc_auc_score(y_test, prob):.3f}   {average_precision_score(y_test, prob):.3f}   {recall_score(y_test, prob > 0.5):.3f}")

print(pd.Series(lr.coef_[0], index=feats).round(3).sort_values(key=np.abs, ascending=False))
