# Churn snapshots -- random forest on sqlite-built features.
# Only ~5% of snapshots churn next month, so the positives are upsampled (x4) in SQL
# before modelling; RF on the raw ratio just predicts "stays" everywhere.

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, confusion_matrix,
                             precision_recall_fscore_support, roc_auc_score)

DATA = Path(".")
UPSAMPLE = 4

conn = sqlite3.connect(":memory:")
for name in ("train", "test"):
    pd.read_csv(DATA / f"{name}.csv").to_sql(name, conn, index=False)

FEATS = """
    snapshot_id, customer_id, snapshot_month,
    (plan = 'basic') AS plan_basic,
    (plan = 'premium') AS plan_premium,
    monthly_charges, tenure_months, usage_hours, support_tickets, payment_failures,
    usage_hours - COALESCE(LAG(usage_hours) OVER w, usage_hours) AS usage_change,
    COALESCE(LAG(support_tickets) OVER w, 0) AS tickets_last_month,
    SUM(payment_failures) OVER (w ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS failures_3m
"""

conn.executescript(f"""
DROP TABLE IF EXISTS feat;
CREATE TABLE feat AS
SELECT {FEATS}, churned_next_month
FROM train
WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_month);

-- balance classes: repeat positives
DROP TABLE IF EXISTS feat_bal;
CREATE TABLE feat_bal AS
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < {UPSAMPLE - 1})
SELECT * FROM feat
UNION ALL
SELECT f.* FROM feat f, k WHERE f.churned_next_month = 1;
""")

print(pd.read_sql("SELECT churned_next_month, COUNT(*) n FROM feat GROUP BY 1", conn))
print(pd.read_sql("SELECT churned_next_month, COUNT(*) n FROM feat_bal GROUP BY 1", conn))

train_df = pd.read_sql("SELECT * FROM feat_bal WHERE snapshot_month < '2024-07'", conn)
valid_df = pd.read_sql("""
    SELECT * FROM feat_bal
    WHERE snapshot_month >= '2024-07'
      AND customer_id NOT IN (SELECT customer_id FROM feat WHERE snapshot_month < '2024-07')
""", conn)
test_df = pd.read_sql(f"""
    SELECT {FEATS} FROM test
    WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_month)
""", conn)

X_COLS = ["plan_basic", "plan_premium", "monthly_charges", "tenure_months", "usage_hours",
          "support_tickets", "payment_failures", "usage_change", "tickets_last_month",
          "failures_3m"]
Y = "churned_next_month"

print("train", train_df.shape, "valid", valid_df.shape)

forest = RandomForestClassifier(
    n_estimators=500,
    min_samples_leaf=3,
    max_features="sqrt",
    n_jobs=-1,
    random_state=2024,
)
forest.fit(train_df[X_COLS], train_df[Y])
proba = forest.predict_proba(valid_df[X_COLS])[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC  ", round(roc_auc_score(valid_df[Y], proba), 4))
print("PR AUC   ", round(average_precision_score(valid_df[Y], proba), 4))
prec, rec, f1, _ = precision_recall_fscore_support(valid_df[Y], pred, average="binary")
print(f"precision {prec:.3f}  recall {rec:.3f}  f1 {f1:.3f}")
print(confusion_matrix(valid_df[Y], pred))

importances = sorted(zip(X_COLS, forest.feature_importances_), key=lambda t: t[1], reverse=True)
for col, imp in importances:
    print(f"{col:>20s} {imp:.3f}")

# final fit on the balanced full table
full = pd.read_sql("SELECT * FROM feat_bal", conn)
forest.fit(full[X_COLS], full[Y])
test_df["prediction"] = forest.predict_proba(test_df[X_COLS])[:, 1]
test_df[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions:", len(test_df))
