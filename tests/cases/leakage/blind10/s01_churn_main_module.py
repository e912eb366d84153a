"""Churn take-home: predict churned_next_month from monthly customer snapshots."""
import argparse

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
CATEGORICAL = ["plan", "region", "contract_type"]


def load(path):
    df = pd.read_csv(path)
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    return df


def add_features(df):
    out = df.copy()
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["low_engagement"] = (out["logins_30d"] < 3).astype(int)
    out["had_payment_failure"] = (out["payment_failures"] > 0).astype(int)
    return out


def build_model():
    pre = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)],
        remainder="passthrough",
    )
    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                         class_weight="balanced", random_state=0)
    return Pipeline([("pre", pre), ("clf", clf)])


def evaluate(name, y_true, proba):
    auc = roc_auc_score(y_true, proba)
    ap = average_precision_score(y_true, proba)
    print(f"{name:<10} ROC-AUC={auc:.4f}  PR-AUC={ap:.4f}")
    return auc, ap


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    parser.add_argument("--out", default="predictions.csv")
    args = parser.parse_args()

    train = add_features(load(args.train))
    test = add_features(load(args.test))
    print(train.shape, test.shape)
    print(train[TARGET].value_counts(normalize=True))

    X = train.drop(columns=DROP + [TARGET])
    y = train[TARGET]

    # stratify so both sides keep the 5% churners
    X_tr, X_val, y_tr, y_val = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=42
    )

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    evaluate("baseline", y_val, baseline.predict_proba(X_val)[:, 1])

    model = build_model().fit(X_tr, y_tr)
    evaluate("hgb", y_val, model.predict_proba(X_val)[:, 1])

    final = build_model().fit(X, y)
    preds = final.predict_proba(test.drop(columns=DROP, errors="ignore"))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds}).to_csv(
        args.out, index=False
    )
    print("wrote", args.out, np.round(preds.mean(), 4))


if __name__ == "__main__":
    main()
