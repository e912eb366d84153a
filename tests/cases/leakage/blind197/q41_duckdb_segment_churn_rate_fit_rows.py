"""DuckDB feature store for the churn snapshots + LightGBM.

Segment risk: churn rate of the customer's (region, plan) segment, a
strong prior that account managers already use informally. The rate is
always computed from labelled rows on the fitting side only and joined on.
"""
import duckdb
import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "segment_churn_rate", "spend_per_login", "is_premium"]

db = duckdb.connect()
db.sql("CREATE VIEW tr AS SELECT * FROM read_csv_auto('train.csv')")
db.sql("CREATE VIEW te AS SELECT * FROM read_csv_auto('test.csv')")

db.sql("""
CREATE TABLE feats AS
WITH base AS (
    SELECT *, TRUE AS labelled FROM tr
    UNION ALL BY NAME
    SELECT *, FALSE AS labelled FROM te
)
SELECT
    *,
    substr(CAST(snapshot_month AS VARCHAR), 1, 7)                            AS ym,
    monthly_spend / (logins_30d + 1)                                         AS spend_per_login,
    CAST(plan = 'premium' AS INTEGER)                                        AS is_premium,
    hash(customer_id) % 5 = 0                                                AS holdout_customer
FROM base
""")

db.sql("""
CREATE TABLE fit_rows AS
SELECT * FROM feats WHERE labelled AND NOT holdout_customer AND ym <= '2024-06'
""")
db.sql("""
CREATE TABLE hold_rows AS
SELECT * FROM feats WHERE labelled AND holdout_customer AND ym >= '2024-07'
""")


def with_segment_rate(rows: str, source: str) -> pd.DataFrame:
    """Attach the (region, plan) churn rate learned on `source` to `rows`."""
    return db.sql(f"""
        WITH rates AS (
            SELECT region, plan, AVG(churned_next_month) AS segment_churn_rate
            FROM {source} GROUP BY region, plan
        ),
        prior AS (SELECT AVG(churned_next_month) AS p FROM {source})
        SELECT r.*, COALESCE(rates.segment_churn_rate, prior.p) AS segment_churn_rate
        FROM {rows} r
        LEFT JOIN rates USING (region, plan)
        CROSS JOIN prior
        ORDER BY r.snapshot_id
    """).df()


fit = with_segment_rate("fit_rows", "fit_rows")
hold = with_segment_rate("hold_rows", "fit_rows")
print(f"fit={len(fit)}  holdout={len(hold)}  holdout churn={hold[TARGET].mean():.4f}")

model = lgb.LGBMClassifier(n_estimators=350, learning_rate=0.04, num_leaves=31,
                           min_child_samples=50, colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(fit[FEATURES], fit[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[TARGET])

for name, est in (("dummy (prior)", dummy), ("lightgbm", model)):
    s = est.predict_proba(hold[FEATURES])[:, 1]
    print(f"{name:<14} roc_auc={roc_auc_score(hold[TARGET], s):.4f} "
          f"pr_auc={average_precision_score(hold[TARGET], s):.4f}")

db.sql("CREATE VIEW labelled_rows AS SELECT * FROM feats WHERE labelled")
db.sql("CREATE VIEW scoring_rows AS SELECT * FROM feats WHERE NOT labelled")
labelled = with_segment_rate("labelled_rows", "labelled_rows")
scoring = with_segment_rate("scoring_rows", "labelled_rows")
model.fit(labelled[FEATURES], labelled[TARGET])
pd.DataFrame({"snapshot_id": scoring["snapshot_id"],
              "prediction": model.predict_proba(scoring[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
