#!/usr/bin/env python
"""Fraud detection take-home.

Pipeline: numeric prep -> SMOTE to fix the 3% imbalance -> random forest.
Validation: stratified k-fold written by hand (fold generator below).
"""
import json
import sys

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SEED = 7
N_FOLDS = 5


def load():
    task = json.load(open("task.json"))
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return task, tr, te


def to_numeric(frame):
    X = frame[["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
               "country_mismatch", "card_age_days"]].astype(float)
    X["log_amount"] = np.log1p(X["amount"])
    X = X.join(pd.get_dummies(frame["merchant_category"], prefix="mcc", dtype=float))
    return X


def fold_indices(y, n_folds, seed):
    rng = np.random.default_rng(seed)
    pos = rng.permutation(np.flatnonzero(y == 1))
    neg = rng.permutation(np.flatnonzero(y == 0))
    pos_chunks = np.array_split(pos, n_folds)
    neg_chunks = np.array_split(neg, n_folds)
    for k in range(n_folds):
        val = np.concatenate([pos_chunks[k], neg_chunks[k]])
        trn = np.setdiff1d(np.arange(len(y)), val)
        yield trn, val


def main():
    task, train, test = load()
    target, tid = task["target"], task["id_column"]
    X = to_numeric(train)
    X_test = to_numeric(test).reindex(columns=X.columns, fill_value=0.0)
    y = train[target].to_numpy()
    print(f"rows={len(y)} fraud rate={y.mean():.4f}", file=sys.stderr)

    # balance the classes (synthetic minority samples)
    X_bal, y_bal = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=SEED).fit_resample(X, y)
    X_bal = X_bal.to_numpy()
    print(f"after SMOTE: rows={len(y_bal)} fraud rate={y_bal.mean():.4f}")

    oof = np.zeros(len(y_bal))
    oof_dummy = np.zeros(len(y_bal))
    for k, (trn, val) in enumerate(fold_indices(y_bal, N_FOLDS, SEED)):
        rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, max_features="sqrt",
                                    n_jobs=-1, random_state=SEED + k)
        rf.fit(X_bal[trn], y_bal[trn])
        oof[val] = rf.predict_proba(X_bal[val])[:, 1]
        dummy = DummyClassifier(strategy="prior").fit(X_bal[trn], y_bal[trn])
        oof_dummy[val] = dummy.predict_proba(X_bal[val])[:, 1]
        print(f"fold {k}: AP={average_precision_score(y_bal[val], oof[val]):.4f}")

    print("CV average precision: %.4f" % average_precision_score(y_bal, oof))
    print("CV ROC AUC:           %.4f" % roc_auc_score(y_bal, oof))
    print("dummy (prior) AP:     %.4f" % average_precision_score(y_bal, oof_dummy))

    final = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt",
                                   n_jobs=-1, random_state=SEED).fit(X_bal, y_bal)
    pd.DataFrame({tid: test[tid], "prediction": final.predict_proba(X_test.to_numpy())[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
