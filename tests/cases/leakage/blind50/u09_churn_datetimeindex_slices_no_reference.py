#!/usr/bin/env python
# Churn take-home - logistic regression with a few engineered ratios.
# Validation: the last quarter of snapshots, restricted to customers that are new in that quarter.

import argparse
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "data_usage_gb", "support_tickets",
           "late_payments", "charges_per_tenure", "tickets_x_late"]
CATEGORICAL = ["plan_type", "contract_type", "region", "autopay"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--out", default="predictions.csv")
    ap.add_argument("--C", type=float, default=0.3)
    return ap.parse_args()


def engineer(frame):
    frame = frame.copy()
    frame["charges_per_tenure"] = frame["monthly_charges"] / (frame["tenure_months"] + 1)
    frame["tickets_x_late"] = frame["support_tickets"] * frame["late_payments"]
    return frame


def make_model(C):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=C, max_iter=3000))])


def evaluate(y_true, proba):
    return {
        "roc_auc": round(roc_auc_score(y_true, proba), 4),
        "average_precision": round(average_precision_score(y_true, proba), 4),
        "f1@0.5": round(f1_score(y_true, proba >= 0.5), 4),
    }


def main():
    args = parse_args()
    df = pd.read_csv(args.train, parse_dates=["snapshot_month"])
    df = engineer(df).set_index("snapshot_month").sort_index()
    print(df.index.min(), df.index.max(), len(df))
    print(df["churn"].resample("QS").mean())

    train = df.loc["2022-01":"2023-03"]
    valid = df.loc["2023-04":"2023-06"]
    valid = valid[~valid["customer_id"].isin(train["customer_id"])]
    print(f"train {len(train)} rows, valid {len(valid)} rows (new customers only)")

    X_tr, y_tr = train[NUMERIC + CATEGORICAL], train["churn"]
    X_va, y_va = valid[NUMERIC + CATEGORICAL], valid["churn"]

    model = make_model(args.C).fit(X_tr, y_tr)

    scores = {
        "train": evaluate(y_tr, model.predict_proba(X_tr)[:, 1]),
        "valid": evaluate(y_va, model.predict_proba(X_va)[:, 1]),
    }
    print(json.dumps(scores, indent=2))

    coef = pd.Series(model.named_steps["lr"].coef_[0],
                     index=model.named_steps["pre"].get_feature_names_out())
    print(coef.sort_values(key=np.abs, ascending=False).head(10))

    full = make_model(args.C).fit(df[NUMERIC + CATEGORICAL], df["churn"])
    test = engineer(pd.read_csv(args.test, parse_dates=["snapshot_month"]))
    out = pd.DataFrame({"row_id": test["row_id"],
                        "prediction": full.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]})
    out.to_csv(args.out, index=False)
    print("saved", args.out, out.shape)


if __name__ == "__main__":
    main()
