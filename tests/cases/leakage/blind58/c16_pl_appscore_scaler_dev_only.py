"""Train the PL application logistic model and write predictions.

usage: python c16_pl_appscore_scaler_dev_only.py --oot-from 2023-07 --C 0.3
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, roc_curve
from sklearn.preprocessing import StandardScaler

NUMERIC = ["age", "annual_income", "employment_years", "loan_amount", "term_months", "dti",
           "bureau_score", "num_inquiries_6m", "num_open_trades", "revolving_utilization",
           "months_since_last_delinq"]
CATEGORICAL = ["employment_type", "residential_status", "purpose", "region"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--oot-from", default="2023-07")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--out", default="predictions.csv")
    return ap.parse_args()


def encode(df, columns=None):
    x = df[NUMERIC].copy()
    x["annual_income"] = np.log1p(x["annual_income"])
    x["loan_amount"] = np.log1p(x["loan_amount"])
    d = pd.get_dummies(df[CATEGORICAL].fillna("NA"), dtype=float)
    x = pd.concat([x, d], axis=1)
    if columns is not None:
        x = x.reindex(columns=columns, fill_value=0.0)
    return x


def ks(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return float(np.max(tpr - fpr))


def main():
    args = parse_args()
    df = pd.read_csv(args.train)
    sub = pd.read_csv(args.test)

    X = encode(df)
    y = df["default_12m"].values
    cols = list(X.columns)

    is_oot = (df["application_month"] >= args.oot_from).values
    y_dev, y_oot = y[~is_oot], y[is_oot]

    imputer = SimpleImputer(strategy="median")
    scaler = StandardScaler()
    X_dev = scaler.fit_transform(imputer.fit_transform(X[~is_oot]))
    X_oot = scaler.transform(imputer.transform(X[is_oot]))
    print(f"dev {len(y_dev)} (bad {y_dev.mean():.3%}) | oot {len(y_oot)} (bad {y_oot.mean():.3%})")

    clf = LogisticRegression(C=args.C, class_weight="balanced", max_iter=3000)
    clf.fit(X_dev, y_dev)

    p_oot = clf.predict_proba(X_oot)[:, 1]
    metrics = {
        "oot_auc": roc_auc_score(y_oot, p_oot),
        "oot_gini": 2 * roc_auc_score(y_oot, p_oot) - 1,
        "oot_ks": ks(y_oot, p_oot),
        "oot_avg_precision": average_precision_score(y_oot, p_oot),
    }
    print(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))

    top = pd.Series(clf.coef_[0], index=cols).abs().sort_values(ascending=False).head(10)
    print("largest |coef|:\n" + top.round(3).to_string())

    X_sub = scaler.transform(imputer.transform(encode(sub, cols)))
    pd.DataFrame({"application_id": sub["application_id"],
                  "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(args.out, index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": metrics["oot_auc"]}, fh)


if __name__ == "__main__":
    main()
