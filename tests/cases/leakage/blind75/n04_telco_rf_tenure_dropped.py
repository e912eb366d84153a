"""Churn take-home: predict which customers churn.

tenure_months is how long we have observed the customer (up to churn or the extract date),
so it is part of the outcome, not something we know at prediction time. Same for
cancel_reason and total_support_tickets (lifetime count). None of them go in the model.

Run: python n04_telco_rf_tenure_dropped.py
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split

RANDOM_STATE = 7

CATEGORICAL = ["signup_channel", "plan_type", "contract_type", "payment_method", "region"]
NUMERIC = [
    "monthly_charges",
    "num_lines",
    "avg_monthly_gb",
    "age",
    "has_fiber",
    "senior",
    "autopay",
]
OUTCOME_COLS = ["tenure_months", "churned", "cancel_reason", "total_support_tickets"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    return train, test


def build_features(frame, columns=None):
    X = pd.get_dummies(frame[CATEGORICAL + NUMERIC], columns=CATEGORICAL)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def main():
    train, test = load()
    print("train shape:", train.shape)
    print("churn rate: %.3f" % train["churned"].mean())
    assert not set(OUTCOME_COLS) & set(CATEGORICAL + NUMERIC)

    X = build_features(train)
    y = train["churned"]

    X_tr, X_val, y_tr, y_val = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
    )

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    base_proba = baseline.predict_proba(X_val)[:, 1]
    print("baseline  acc=%.3f auc=%.3f" % (
        accuracy_score(y_val, baseline.predict(X_val)), roc_auc_score(y_val, base_proba)))

    rf = RandomForestClassifier(
        n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=RANDOM_STATE
    )
    rf.fit(X_tr, y_tr)
    proba = rf.predict_proba(X_val)[:, 1]
    print("rf        acc=%.3f auc=%.3f" % (accuracy_score(y_val, rf.predict(X_val)), roc_auc_score(y_val, proba)))
    print(classification_report(y_val, rf.predict(X_val), digits=3))

    importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print("top features:\n", importances.head(10))

    # refit on everything for the submission
    rf.fit(X, y)
    X_test = build_features(test, columns=X.columns)
    pd.DataFrame(
        {"customer_id": test["customer_id"], "prediction": rf.predict_proba(X_test)[:, 1]}
    ).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
