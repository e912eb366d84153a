# -*- coding: utf-8 -*-
"""
Fraud take-home, neural-net attempt (sklearn MLP).

Evaluation: stratified 75/25 split of train.csv; the scaler / imputer / one-hot encoder are
fitted on the 75% only (ColumnTransformer), compared to a logistic-regression baseline.
For the submission model I refit the preprocessing on train + test stacked (unlabelled test
rows only help the scaler see the full range) and the MLP on all of train.csv.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder, FunctionTransformer
from sklearn.neural_network import MLPClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve, auc

np.random.seed(0)

tr = pd.read_csv("train.csv")
te = pd.read_csv("test.csv")

numeric = ["amount", "hour", "card_age_days", "tx_count_24h"]
cats = ["merchant_category", "country", "device_type"]


def make_prep():
    log_cols = make_pipeline(FunctionTransformer(lambda a: np.log1p(np.clip(a, 0, None))),
                             SimpleImputer(strategy="median"), StandardScaler())
    plain = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    return ColumnTransformer([
        ("log", log_cols, ["amount", "card_age_days"]),
        ("num", plain, ["hour", "tx_count_24h"]),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats),
    ])


def oversample_idx(y, times=5):
    pos = np.where(y == 1)[0]
    reps = np.random.choice(pos, size=len(pos) * times, replace=True)
    idx = np.concatenate([np.arange(len(y)), reps])
    np.random.shuffle(idx)
    return idx


X_df, y_all = tr[numeric + cats], tr["is_fraud"].values
X_tr_df, X_va_df, y_tr, y_va = train_test_split(X_df, y_all, test_size=0.25, stratify=y_all, random_state=0)

prep = make_prep().fit(X_tr_df)
X_tr, X_va = prep.transform(X_tr_df), prep.transform(X_va_df)
print("feature matrix:", X_tr.shape)

# MLP has no class_weight -> oversample positives in the training part by index
idx = oversample_idx(y_tr)
mlp = MLPClassifier(hidden_layer_sizes=(64, 32), alpha=1e-4, batch_size=256, learning_rate_init=1e-3,
                    max_iter=60, early_stopping=True, validation_fraction=0.1, n_iter_no_change=6,
                    random_state=0)
mlp.fit(X_tr[idx], y_tr[idx])
print("epochs:", mlp.n_iter_)

baseline = LogisticRegression(max_iter=2000, class_weight="balanced").fit(X_tr, y_tr)


def pr_auc(y, s):
    p, r, _ = precision_recall_curve(y, s)
    return auc(r, p)


for name, model in [("baseline logreg", baseline), ("mlp", mlp)]:
    s = model.predict_proba(X_va)[:, 1]
    print(f"{name:16s} ROC AUC {roc_auc_score(y_va, s):.4f}  AP {average_precision_score(y_va, s):.4f}  "
          f"PR-AUC(trapz) {pr_auc(y_va, s):.4f}")

import matplotlib.pyplot as plt
plt.plot(mlp.loss_curve_, label="train loss")
plt.legend(); plt.savefig("mlp_curve.png", dpi=120)

# ---- submission model ----
stack = pd.concat([tr[numeric + cats], te[numeric + cats]], ignore_index=True)
prep_final = make_prep().fit(stack)
X_all, X_sub = prep_final.transform(X_df), prep_final.transform(te[numeric + cats])
mlp_full = MLPClassifier(**mlp.get_params())
idx_all = oversample_idx(y_all)
mlp_full.fit(X_all[idx_all], y_all[idx_all])
pd.DataFrame({"transaction_id": te["transaction_id"], "prediction": mlp_full.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
