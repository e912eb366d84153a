"""Churn snapshots: sqlite for the split, XGBoost for the model."""
import sqlite3

import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "is_basic", "is_premium"]

con = sqlite3.connect(":memory:")
pd.read_csv("train.csv").to_sql("snapshots", con, index=False)
pd.read_csv("test.csv").to_sql("scoring", con, index=False)

FEATURE_SQL = """
    SELECT snapshot_id, customer_id, substr(snapshot_month, 1, 7) AS ym,
           tenure_months, monthly_spend, logins_30d, support_tickets_30d,
           days_since_last_login,
           CASE WHEN plan = 'basic' THEN 1 ELSE 0 END   AS is_basic,
           CASE WHEN plan = 'premium' THEN 1 ELSE 0 END AS is_premium
           {target}
    FROM {table}
"""

con.executescript(f"""
    CREATE VIEW feats AS {FEATURE_SQL.format(target=', ' + TARGET, table='snapshots')};
    CREATE VIEW fit_rows AS SELECT * FROM feats WHERE ym < '2024-08';
    CREATE VIEW eval_rows AS
        SELECT * FROM feats
        WHERE ym >= '2024-08'
          AND customer_id NOT IN (SELECT customer_id FROM fit_rows);
""")

fit = pd.read_sql_query("SELECT * FROM fit_rows", con)
ev = pd.read_sql_query("SELECT * FROM eval_rows", con)
full = pd.read_sql_query("SELECT * FROM feats", con)
score = pd.read_sql_query(FEATURE_SQL.format(target="", table="scoring"), con)
print(f"fit={len(fit)} eval={len(ev)} eval customers={ev.customer_id.nunique()}")

model = xgb.XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05,
                          subsample=0.9, colsample_bytree=0.9, random_state=0,
                          eval_metric="logloss")
model.fit(fit[FEATURES], fit[TARGET])

baseline = DummyClassifier(strategy="most_frequent").fit(fit[FEATURES], fit[TARGET])

acc_model = accuracy_score(ev[TARGET], model.predict(ev[FEATURES]))
acc_base = accuracy_score(ev[TARGET], baseline.predict(ev[FEATURES]))
print(f"baseline (majority class) accuracy: {acc_base:.4f}")
print(f"xgboost accuracy:                   {acc_model:.4f}")
print(f"lift over baseline:                 {acc_model - acc_base:+.4f}")

model.fit(full[FEATURES], full[TARGET])
pd.DataFrame({"snapshot_id": score["snapshot_id"],
              "prediction": model.predict_proba(score[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
con.close()
