import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID_COL = task["id_column"]
FEATURES = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h",
            "avg_amount_30d", "merchant_category", "device_type"]


def encode(frame, columns=None):
    X = pd.get_dummies(frame[FEATURES], columns=["merchant_category", "device_type"], dtype=int)
    X["amount_ratio"] = frame["amount"] / (frame["avg_amount_30d"] + 1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X.fillna(0)


def evaluate(name, model, X_val, y_val):
    p = model.predict_proba(X_val)[:, 1]
    ap, auc = average_precision_score(y_val, p), roc_auc_score(y_val, p)
    print(f"{name:<10} AP={ap:.4f}  ROC AUC={auc:.4f}")
    return ap


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(df.shape, test.shape)
    print(df[TARGET].value_counts(normalize=True).round(4))
    print(df.groupby("card_present")[["amount", TARGET]].mean())

    X = encode(df)
    y = df[TARGET]
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    rf = RandomForestClassifier(n_estimators=300, max_depth=12, class_weight="balanced", n_jobs=-1, random_state=0)
    rf.fit(X_train, y_train)

    evaluate("dummy", dummy, X_val, y_val)
    val_ap = evaluate("forest", rf, X_val, y_val)

    print(pd.Series(rf.feature_importances_, index=X.columns).nlargest(10))

    rf.fit(X, y)
    X_test = encode(test, X.columns)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"average_precision": round(val_ap, 4)}, f)


if __name__ == "__main__":
    main()
