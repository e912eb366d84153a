"""Churn next month - take-home: training script."""
import duckdb
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import json
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score
from sklearn.dummy import DummyClassifier

with open("task.json") as fh:
    task = json.load(fh)
print(task["target"], task.get("metric"))

raw = duckdb.sql("SELECT * FROM read_csv_auto('train.csv')").df()
print(raw.shape)
print(raw.head())

# churn by month
monthly = duckdb.sql("""
    SELECT snapshot_month, COUNT(*) AS n, AVG(churned_next_month) AS churn_rate
    FROM read_csv_auto('train.csv')
    GROUP BY snapshot_month
    ORDER BY snapshot_month
""").df()
print(monthly)
monthly.plot(x="snapshot_month", y="churn_rate", figsize=(9, 3), legend=False)
plt.title("monthly churn rate")
plt.show()

FEATURE_SQL = """
    SELECT *,
        LAG(monthly_spend, 1) OVER w AS spend_lag1,
        AVG(monthly_spend) OVER (PARTITION BY customer_id ORDER BY snapshot_month
                                 ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) AS spend_avg_prev3,
        SUM(support_tickets) OVER (PARTITION BY customer_id ORDER BY snapshot_month
                                   ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) AS tickets_prev3,
        logins_30d - LAG(logins_30d, 1) OVER w AS logins_delta
    FROM {src}
    WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_month)
"""
feats = duckdb.sql(FEATURE_SQL.format(src="read_csv_auto('train.csv')")).df()
feats = feats.fillna({"spend_lag1": 0, "spend_avg_prev3": 0, "tickets_prev3": 0, "logins_delta": 0})

train_df = feats.copy()
hold_df = feats
print("rows", len(train_df), "churn rate", train_df["churned_next_month"].mean())

TARGET = "churned_next_month"
FEATURES = ['tenure_months', 'monthly_spend', 'support_tickets', 'logins_30d', 'payment_failures', 'spend_lag1', 'spend_avg_prev3', 'tickets_prev3', 'logins_delta']
X_fit, y_fit = train_df[FEATURES], train_df[TARGET]
X_hold, y_hold = hold_df[FEATURES], hold_df[TARGET]
model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           random_state=7, verbose=-1)
model.fit(X_fit, y_fit)

proba = model.predict_proba(X_hold)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_hold, proba), 4))
print("PR AUC :", round(average_precision_score(y_hold, proba), 4))
dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
base_proba = dummy.predict_proba(X_hold)[:, 1]
print("baseline ROC AUC:", roc_auc_score(y_hold, base_proba))
print("baseline PR AUC :", average_precision_score(y_hold, base_proba))

# refit on all labelled months and score test.csv
ALL_SRC = "(SELECT * FROM read_csv_auto('train.csv') UNION ALL BY NAME SELECT * FROM read_csv_auto('test.csv'))"
full = duckdb.sql(FEATURE_SQL.format(src=ALL_SRC)).df().fillna(0)
test_ids = duckdb.sql("SELECT snapshot_id FROM read_csv_auto('test.csv')").df()["snapshot_id"]
is_test = full["snapshot_id"].isin(test_ids)
model.fit(full.loc[~is_test, FEATURES], full.loc[~is_test, TARGET].astype(int))
out = pd.DataFrame({"snapshot_id": full.loc[is_test, "snapshot_id"],
                    "prediction": model.predict_proba(full.loc[is_test, FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape, out["prediction"].describe())
