"""
Churn take-home -- feature engineering in DuckDB, model in scikit-learn.

All customer history features are SQL window functions over the snapshot
table; the model is a gradient-boosted tree ensemble.
"""
import json

import duckdb
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]

con = duckdb.connect()
con.execute("CREATE TABLE tr AS SELECT * FROM read_csv_auto('train.csv')")
con.execute("CREATE TABLE te AS SELECT * FROM read_csv_auto('test.csv')")

FEATURE_SQL = """
SELECT
    *,
    AVG(logins_30d)           OVER (PARTITION BY customer_id)       AS avg_logins_cust,
    MAX(support_tickets_30d)  OVER (PARTITION BY customer_id)       AS max_tickets_cust,
    COUNT(*)                  OVER (PARTITION BY customer_id)       AS n_snapshots_cust,
    logins_30d - LAG(logins_30d) OVER (PARTITION BY customer_id ORDER BY snapshot_month)
                                                                    AS logins_change,
    CASE plan WHEN 'basic' THEN 0 WHEN 'standard' THEN 1 ELSE 2 END AS plan_rank,
    monthly_charges / NULLIF(tenure_months + 1, 0)                  AS charges_per_month_tenure
FROM {table}
ORDER BY snapshot_month, customer_id
"""
train = con.execute(FEATURE_SQL.format(table="tr")).df()
test = con.execute(FEATURE_SQL.format(table="te")).df()

print(con.execute("""
    SELECT snapshot_month, COUNT(*) AS n, AVG(churned_next_month) AS churn_rate
    FROM tr GROUP BY 1 ORDER BY 1
""").df())

FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "avg_logins_cust", "max_tickets_cust", "n_snapshots_cust", "logins_change",
            "plan_rank", "charges_per_month_tenure"]

# validation: Jul-Sep snapshots of customers with no snapshot before July
new_in_q3 = con.execute("""
    SELECT customer_id FROM tr GROUP BY customer_id
    HAVING MIN(snapshot_month) >= DATE '2024-07-01'
""").df()["customer_id"]
month = pd.to_datetime(train["snapshot_month"])
fit = train[month < "2024-07-01"]
val = train[(month >= "2024-07-01") & train["customer_id"].isin(new_in_q3)]
print(f"fit {len(fit)} rows, validation {len(val)} rows")

model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                       l2_regularization=1.0, random_state=42)
model.fit(fit[FEATURES], fit[TARGET])
p = model.predict_proba(val[FEATURES])[:, 1]
print(f"validation ROC AUC  {roc_auc_score(val[TARGET], p):.4f}")
print(f"validation PR AUC   {average_precision_score(val[TARGET], p):.4f}")
print(f"validation log loss {log_loss(val[TARGET], p):.4f}")

model.fit(train[FEATURES], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
