"""Fraud model: logistic regression with class weights.

Run: python b03_scaled_logreg_class_weight.py
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import (
    roc_auc_score,
    average_precision_score,
    precision_score,
    recall_score,
    f1_score,
    confusion_matrix,
)

RANDOM_STATE = 7
NUM_COLS = ["amount", "hour", "card_age_days", "tx_count_24h"]
CAT_COLS = ["merchant_category", "country", "device_type"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    return train, test


def make_matrix(frame, columns=None):
    feats = frame[NUM_COLS].copy()
    feats["amount"] = np.log1p(feats["amount"])
    feats["hour_sin"] = np.sin(2 * np.pi * frame["hour"] / 24)
    feats["hour_cos"] = np.cos(2 * np.pi * frame["hour"] / 24)
    dummies = pd.get_dummies(frame[CAT_COLS], dtype=float)
    out = pd.concat([feats, dummies], axis=1)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0.0)
    return out


def report(name, y_true, proba, thr=0.5):
    pred = (proba >= thr).astype(int)
    print(f"--- {name} (thr={thr}) ---")
    print("ROC AUC  :", round(roc_auc_score(y_true, proba), 4))
    print("PR AUC   :", round(average_precision_score(y_true, proba), 4))
    print("precision:", round(precision_score(y_true, pred, zero_division=0), 4))
    print("recall   :", round(recall_score(y_true, pred), 4))
    print("f1       :", round(f1_score(y_true, pred), 4))
    print(confusion_matrix(y_true, pred))


def main():
    train, test = load()
    print("fraud rate:", train["is_fraud"].mean())

    X = make_matrix(train)
    y = train["is_fraud"].values
    cols = X.columns

    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X)

    X_tr, X_va, y_tr, y_va = train_test_split(
        X_scaled, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
    )

    clf = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
    clf.fit(X_tr, y_tr)
    print("train AUC:", round(roc_auc_score(y_tr, clf.predict_proba(X_tr)[:, 1]), 4))
    proba = clf.predict_proba(X_va)[:, 1]
    report("logreg balanced", y_va, proba, 0.5)
    report("logreg balanced", y_va, proba, 0.8)

    coefs = pd.Series(clf.coef_[0], index=cols).sort_values()
    print("most negative:\n", coefs.head(5))
    print("most positive:\n", coefs.tail(5))

    # capacity: analysts review 500 alerts a day
    capacity = 500
    order = np.argsort(-proba)[:capacity]
    print(f"precision@{capacity}:", y_va[order].mean())

    X_test = scaler.transform(make_matrix(test, columns=cols))
    pd.DataFrame(
        {"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(X_test)[:, 1]}
    ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
