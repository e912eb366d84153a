#!/usr/bin/env python3
"""LightGBM churn classifier - quick version for the take-home."""
import sys

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split

TARGET = "churned_next_month"
USE = ["plan", "region", "tenure_months", "monthly_spend", "logins_30d",
       "support_tickets_30d", "days_since_last_login"]


def load(path):
    frame = pd.read_csv(path)
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["engagement"] = frame["logins_30d"] / (1 + frame["days_since_last_login"])
    frame["tickets_flag"] = (frame["support_tickets_30d"] >= 2).astype(int)
    return frame


def main(train_path="train.csv", test_path="test.csv"):
    train = load(train_path)
    test = load(test_path)
    cols = USE + ["engagement", "tickets_flag"]

    X_tr, X_va, y_tr, y_va = train_test_split(
        train[cols], train[TARGET], test_size=0.25, random_state=42
    )

    model = lgb.LGBMClassifier(
        n_estimators=600,
        learning_rate=0.05,
        num_leaves=63,
        min_child_samples=20,
        colsample_bytree=0.8,
        verbose=-1,
    )
    model.fit(X_tr, y_tr, categorical_feature=["plan", "region"])

    majority = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    print(f"majority-class baseline accuracy: {majority.score(X_va, y_va):.4f}")
    print(f"lightgbm accuracy:                {model.score(X_va, y_va):.4f}")

    imp = pd.Series(model.booster_.feature_importance("gain"), index=cols)
    print(imp.sort_values(ascending=False).round(1).to_string())

    model.fit(train[cols], train[TARGET], categorical_feature=["plan", "region"])
    preds = model.predict_proba(test[cols])[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
