"""
churn-snapshots submission.

Features are built in sqlite (window functions need sqlite >= 3.25), the model is sklearn's
GradientBoostingClassifier. Time box was tight, so the model is trained on every labelled
snapshot and I report its fit quality below.
"""
import sqlite3
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss, classification_report

print("sqlite", sqlite3.sqlite_version, "| python", sys.version.split()[0])

con = sqlite3.connect(":memory:")
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train.to_sql("snapshots", con, index=False)
test.to_sql("snapshots_test", con, index=False)


def features(table):
    return pd.read_sql(f"""
        WITH ordered AS (
            SELECT *,
                   ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY snapshot_month) AS k
            FROM {table}
        )
        SELECT
            a.snapshot_id,
            a.plan,
            a.monthly_charges,
            a.tenure_months,
            a.usage_hours,
            a.support_tickets,
            a.payment_failures,
            a.k AS months_in_data,
            a.usage_hours - IFNULL(b.usage_hours, a.usage_hours) AS usage_change_1m,
            a.support_tickets + IFNULL(b.support_tickets, 0) AS tickets_2m,
            a.payment_failures + IFNULL(b.payment_failures, 0) AS failures_2m
        FROM ordered a
        LEFT JOIN ordered b
               ON b.customer_id = a.customer_id AND b.k = a.k - 1
        ORDER BY a.snapshot_id
    """, con)


X = features("snapshots")
X_test = features("snapshots_test")
y = train.set_index("snapshot_id").loc[X["snapshot_id"], "churned_next_month"].to_numpy()

X = pd.get_dummies(X, columns=["plan"], prefix="plan", dtype=float)
X_test = pd.get_dummies(X_test, columns=["plan"], prefix="plan", dtype=float)
X_test = X_test.reindex(columns=X.columns, fill_value=0.0)
feature_cols = [c for c in X.columns if c != "snapshot_id"]
print("features:", feature_cols)
print("label balance:", np.bincount(y))

gbm = GradientBoostingClassifier(
    n_estimators=300,
    learning_rate=0.05,
    max_depth=3,
    subsample=0.8,
    random_state=5,
)
gbm.fit(X[feature_cols], y)

proba = gbm.predict_proba(X[feature_cols])[:, 1]
print("ROC AUC  :", round(roc_auc_score(y, proba), 4))
print("PR AUC   :", round(average_precision_score(y, proba), 4))
print("log loss :", round(log_loss(y, proba), 4))
print(classification_report(y, (proba > 0.25).astype(int), digits=3))

staged = [roc_auc_score(y, p[:, 1]) for p in gbm.staged_predict_proba(X[feature_cols])]
print("AUC after 50/100/200/300 trees:",
      [round(staged[i - 1], 4) for i in (50, 100, 200, 300)])

imp = pd.Series(gbm.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.round(4).to_string())

pd.DataFrame({
    "snapshot_id": X_test["snapshot_id"],
    "prediction": gbm.predict_proba(X_test[feature_cols])[:, 1],
}).to_csv("predictions.csv", index=False)
