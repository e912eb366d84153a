"""SaaS churn model: stateless feature prep on the full table, learned
preprocessing inside the pipeline.

Only row-wise transforms (log, clipping, ratios, one-hot via get_dummies) are
applied before the split; the scaler is fitted inside the pipeline on the
training part.
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

NUMERIC = ["seats", "monthly_fee", "logins_30d", "tickets_90d", "api_calls_30d",
           "days_since_last_login", "contract_months_left", "nps_last"]
CATEGORICAL = ["plan", "billing_cycle", "industry", "company_size"]
TARGET = "churned"


def prepare(df):
    out = df[NUMERIC + CATEGORICAL].copy()
    for c in ["logins_30d", "api_calls_30d", "tickets_90d", "seats"]:
        out[f"log_{c}"] = np.log1p(out[c].clip(lower=0))
    out["days_since_last_login"] = out["days_since_last_login"].clip(upper=365)
    out["fee_per_seat"] = out["monthly_fee"] / out["seats"].clip(lower=1)
    out["logins_per_seat"] = out["logins_30d"] / out["seats"].clip(lower=1)
    out["nps_missing"] = out["nps_last"].isna().astype(int)
    out["nps_last"] = out["nps_last"].fillna(0)
    out = pd.get_dummies(out, columns=CATEGORICAL, dtype=float)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--outdir", default="out")
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    X = prepare(df)
    y = df[TARGET].astype(int)

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=12
    )
    model = Pipeline([
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(C=args.C, class_weight="balanced", max_iter=3000)),
    ])
    model.fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]

    metrics = {
        "roc_auc": roc_auc_score(y_test, p),
        "pr_auc": average_precision_score(y_test, p),
    }
    print(json.dumps(metrics, indent=2))
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)
    coefs = pd.Series(model.named_steps["clf"].coef_[0], index=X.columns).sort_values()
    coefs.to_csv(os.path.join(args.outdir, "coefficients.csv"))


if __name__ == "__main__":
    main()
