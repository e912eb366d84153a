"""Churn next month - take-home: training script."""
import duckdb
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import json
from sklearn.ensemble import HistGradientBoostingClassifier
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
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cust_avg_spend,
        MAX(support_tickets) OVER (PARTITION BY customer_id ORDER BY snapshot_month
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cust_max_tickets,
        AVG(logins_30d) OVER (PARTITION BY customer_id ORDER BY snapshot_month
                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cust_avg_logins
    FROM {src}
    WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_month)
"""
feats = duckdb.sql(FEATURE_SQL.format(src="read_csv_auto('train.csv')")).df()
feats["spend_vs_usual"] = feats["monthly_spend"] / feats["cust_avg_spend"].replace(0, np.nan)
feats = feats.fillna({"spend_lag1": 0, "cust_avg_spend": 0, "cust_max_tickets": 0,
                      "cust_avg_logins": 0, "spend_vs_usual": 1})

CUTOFF = "2024-07-01"
train_df = duckdb.sql(f"SELECT * FROM feats WHERE snapshot_month < DATE '{CUTOFF}'").df()
hold_df = duckdb.sql(f"""
    SELECT * FROM feats
    WHERE snapshot_month >= DATE '{CUTOFF}'
      AND customer_id NOT IN (SELECT DISTINCT customer_id FROM train_df)
""").df()
print("train rows", len(train_df), "holdout rows", len(hold_df))
print("holdout churn rate", hold_df["churned_next_month"].mean())

TARGET = "churned_next_month"
FEATURES = ['tenure_months', 'monthly_spend', 'support_tickets', 'logins_30d', 'payment_failures', 'spend_lag1', 'cust_avg_spend', 'cust_max_tickets', 'cust_avg_logins', 'spend_vs_usual']
X_fit, y_fit = train_df[FEATURES], train_df[TARGET]
X_hold, y_hold = hold_df[FEATURES], hold_df[TARGET]
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
model.fit(X_fit, y_fit)

proba = model.predict_proba(X_hold)[:, 1]
print("holdout ROC AUC:", round(roc_auc_score(y_hold, proba), 4))
print("holdout PR AUC :", round(average_precision_score(y_hold, proba), 4))
dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
base_proba = dummy.predict_proba(X_hold)[:, 1]
print("baseline ROC AUC:", roc_auc_score(y_hold, base_proba))
print("baseline PR AUC :", average_precision_score(y_hold, base_proba))

# refit on all labelled months and score test.csv
ALL_SRC = "(SELECT * FROM read_csv_auto('train.csv') UNION ALL BY NAME SELECT * FROM read_csv_auto('test.csv'))"
full = duckdb.sql(FEATURE_SQL.format(src=ALL_SRC)).df().fillna(0)
test_ids = duckdb.sql("SELECT snapshot_id FROM read_csv_auto('test.csv')").df()["snapshot_id"]
is_test = full["snapshot_id"].isin(test_ids)
full["spend_vs_usual"] = full["monthly_spend"] / full["cust_avg_spend"].replace(0, np.nan)
full = full.fillna({"spend_vs_usual": 1})
model.fit(full.loc[~is_test, FEATURES], full.loc[~is_test, TARGET].astype(int))
out = pd.DataFrame({"snapshot_id": full.loc[is_test, "snapshot_id"],
                    "prediction": model.predict_proba(full.loc[is_test, FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape, out["prediction"].describe())
