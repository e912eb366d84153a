"""POS loans PD model with customer-grouped cross-validation.

Applications of the same customer are kept in the same fold (GroupKFold on customer_id),
so a repeat applicant never sits on both sides of a fold.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupKFold

N_FOLDS = 5
TARGET = "bad_flag"
NUMERIC = ["loan_amount", "term_months", "down_payment_pct", "age", "monthly_income",
           "bureau_score", "num_active_loans"]
CATEGORICAL = ["merchant_category", "employment_type", "channel"]


def design_matrix(df, columns=None):
    X = df[NUMERIC].copy()
    X["bureau_missing"] = X["bureau_score"].isna().astype(int)
    X["bureau_score"] = X["bureau_score"].fillna(0)
    X["monthly_income"] = np.log1p(X["monthly_income"].clip(lower=0))
    X["instalment"] = df["loan_amount"] * (1 - df["down_payment_pct"]) / df["term_months"]
    X = pd.concat([X, pd.get_dummies(df[CATEGORICAL], dtype=int)], axis=1)
    return X if columns is None else X.reindex(columns=columns, fill_value=0)


def cv_accuracy(model, X, y, groups):
    scores = []
    for tr, va in GroupKFold(n_splits=N_FOLDS).split(X, y, groups):
        model.fit(X.iloc[tr], y.iloc[tr])
        scores.append(accuracy_score(y.iloc[va], model.predict(X.iloc[va])))
    return np.array(scores)


def main(train_path="train.csv", test_path="test.csv"):
    raw = pd.read_csv(train_path, parse_dates=["app_date"])
    booked = raw[raw["decision"] == "approved"].reset_index(drop=True)
    print(f"booked apps {len(booked)}, customers {booked['customer_id'].nunique()}, "
          f"bad rate {booked[TARGET].mean():.3%}")

    X = design_matrix(booked)
    y = booked[TARGET].astype(int)
    groups = booked["customer_id"]

    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=25, max_features=0.5,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=0)
    dummy = DummyClassifier(strategy="most_frequent")

    acc_rf = cv_accuracy(rf, X, y, groups)
    acc_dummy = cv_accuracy(dummy, X, y, groups)
    print(f"baseline (majority) accuracy: {acc_dummy.mean():.4f}")
    print(f"random forest accuracy:       {acc_rf.mean():.4f} +/- {acc_rf.std():.4f}")

    rf.fit(X, y)
    test = pd.read_csv(test_path, parse_dates=["app_date"])
    X_test = design_matrix(test, X.columns)
    pd.DataFrame({"app_id": test["app_id"], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
