"""Card fraud - WOE-encoded logistic regression scorecard."""
import json

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"
CATS = ["merchant_category", "channel", "device_type", "country"]


def woe_table(frame, col, target=TARGET, eps=0.5):
    g = frame.groupby(col)[target].agg(["sum", "count"])
    bad = g["sum"] + eps
    good = g["count"] - g["sum"] + eps
    return np.log((good / good.sum()) / (bad / bad.sum()))


def main():
    task = json.load(open("task.json"))
    df = pd.read_csv("train.csv")
    print(df.shape, df[TARGET].mean())

    for col in CATS:
        df[col + "_woe"] = df[col].map(woe_table(df, col))

    df["log_amount"] = np.log1p(df["amount"])
    df["night"] = pd.to_datetime(df["timestamp"]).dt.hour.isin([0, 1, 2, 3, 4, 5]).astype(int)
    feats = [c + "_woe" for c in CATS] + ["log_amount", "night"]

    X_tr, X_te, y_tr, y_te = train_test_split(
        df[feats], df[TARGET], test_size=0.3, stratify=df[TARGET], random_state=1
    )
    model = LogisticRegression(max_iter=1000, class_weight="balanced")
    model.fit(X_tr, y_tr)
    score = model.predict_proba(X_te)[:, 1]
    print("ROC AUC:", round(roc_auc_score(y_te, score), 4))
    print("PR AUC :", round(average_precision_score(y_te, score), 4))
    print("precision@0.5:", precision_score(y_te, score > 0.5))

    coef = pd.Series(model.coef_[0], index=feats).sort_values()
    print(coef)


if __name__ == "__main__":
    main()
