"""
Churn snapshots take-home -- xgboost with segment-level churn rates.

Segments: plan x tenure bucket. The churn rate of a customer's segment is a strong prior,
so it goes in as a feature (smoothed towards the global rate for small segments).
"""
import argparse

import duckdb
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

SEGMENT_SQL = """
WITH snaps AS (
    SELECT *,
           CASE WHEN tenure_months < 6 THEN 'new'
                WHEN tenure_months < 24 THEN 'mid'
                ELSE 'loyal' END AS tenure_bucket
    FROM read_csv_auto('{path}')
),
global_rate AS (
    SELECT AVG(churned_next_month) AS g FROM read_csv_auto('train.csv')
),
segment_rates AS (
    SELECT s.plan, s.tenure_bucket,
           COUNT(*) AS seg_n,
           (SUM(s.churned_next_month) + {alpha} * MAX(gr.g)) / (COUNT(*) + {alpha}) AS seg_churn_rate
    FROM (SELECT *,
                 CASE WHEN tenure_months < 6 THEN 'new'
                      WHEN tenure_months < 24 THEN 'mid'
                      ELSE 'loyal' END AS tenure_bucket
          FROM read_csv_auto('train.csv')) s, global_rate gr
    GROUP BY s.plan, s.tenure_bucket
)
SELECT snaps.*,
       COALESCE(r.seg_churn_rate, (SELECT g FROM global_rate)) AS seg_churn_rate,
       COALESCE(r.seg_n, 0) AS seg_n,
       LAG(snaps.usage_hours) OVER (PARTITION BY snaps.customer_id ORDER BY snaps.snapshot_month) AS usage_lag1,
       LAG(snaps.payment_failures) OVER (PARTITION BY snaps.customer_id ORDER BY snaps.snapshot_month) AS fail_lag1
FROM snaps
LEFT JOIN segment_rates r USING (plan, tenure_bucket)
"""

FEATURES = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets",
            "payment_failures", "seg_churn_rate", "seg_n", "usage_lag1", "fail_lag1",
            "is_basic", "is_premium"]


def load(path, alpha):
    df = duckdb.sql(SEGMENT_SQL.format(path=path, alpha=alpha)).df()
    df["is_basic"] = (df["plan"] == "basic").astype(int)
    df["is_premium"] = (df["plan"] == "premium").astype(int)
    return df


def split_by_month(df, cutoff):
    m = df["snapshot_month"].astype(str)
    early, late = df[m < cutoff], df[m >= cutoff]
    late = late[~late.customer_id.isin(early.customer_id)]
    return early, late


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alpha", type=float, default=20.0)
    ap.add_argument("--cutoff", default="2024-07")
    args = ap.parse_args()

    df = load("train.csv", args.alpha)
    test = load("test.csv", args.alpha)
    print(df.groupby(["plan", "tenure_bucket"])["seg_churn_rate"].first().unstack().round(3))

    tr, va = split_by_month(df, args.cutoff)
    print(f"train {tr.shape}, valid {va.shape}")

    model = xgb.XGBClassifier(
        n_estimators=500,
        max_depth=4,
        learning_rate=0.05,
        subsample=0.8,
        colsample_bytree=0.8,
        eval_metric="aucpr",
        tree_method="hist",
        random_state=11,
    )
    model.fit(tr[FEATURES], tr["churned_next_month"])
    p = model.predict_proba(va[FEATURES])[:, 1]

    auc = roc_auc_score(va["churned_next_month"], p)
    ap_ = average_precision_score(va["churned_next_month"], p)
    f1s = {t: f1_score(va["churned_next_month"], p >= t) for t in (0.2, 0.3, 0.5)}
    print(f"valid ROC AUC {auc:.4f}  PR AUC {ap_:.4f}")
    for t, f in f1s.items():
        print(f"  F1 @ {t:.1f}: {f:.3f}")

    gain = pd.Series(model.get_booster().get_score(importance_type="gain"))
    print(gain.sort_values(ascending=False).head(10))

    model.fit(df[FEATURES], df["churned_next_month"])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
