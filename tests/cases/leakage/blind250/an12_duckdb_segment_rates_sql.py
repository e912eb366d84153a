"""
Churn model -- analytics-engineer style: the feature layer is SQL (duckdb),
python only for the model and the numbers in the memo.
"""
import duckdb
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

db = duckdb.connect()
db.execute("CREATE VIEW snaps AS SELECT * FROM read_csv_auto('train.csv', dateformat='%Y-%m-%d')")

CUTOFF = db.sql("SELECT max(snapshot_month) - INTERVAL 3 MONTH FROM snaps").fetchone()[0]
print("validation starts after", CUTOFF)

# segment-level churn rates are the thing the retention team actually looks at,
# so give them to the model as features (plan x region, and contract type).
# Rates come from the months up to the cutoff only; validation rows just look them up.
db.execute(f"""
CREATE OR REPLACE TABLE model_input AS
WITH hist AS (
    SELECT * FROM snaps WHERE snapshot_month <= DATE '{CUTOFF}'
),
seg AS (
    SELECT plan, region, AVG(churned_next_month) AS seg_churn_rate, COUNT(*) AS seg_size
    FROM hist GROUP BY plan, region
),
ctr AS (
    SELECT contract_type, AVG(churned_next_month) AS contract_churn_rate
    FROM hist GROUP BY contract_type
)
SELECT
    s.snapshot_id,
    s.customer_id,
    s.snapshot_month,
    s.tenure_months,
    s.monthly_charges,
    s.support_tickets_30d,
    s.logins_30d,
    s.data_usage_gb,
    s.late_payments_6m,
    s.discount_pct,
    seg.seg_churn_rate,
    ctr.contract_churn_rate,
    seg.seg_size,
    s.churned_next_month
FROM snaps s
LEFT JOIN seg USING (plan, region)
LEFT JOIN ctr USING (contract_type)
""")

print(db.sql("""
    SELECT seg_size, round(seg_churn_rate, 4) AS r, count(*) FROM model_input
    GROUP BY ALL ORDER BY r DESC LIMIT 10
""").df())

train = db.sql(f"SELECT * FROM model_input WHERE snapshot_month <= DATE '{CUTOFF}'").df()
valid = db.sql(f"""
    SELECT v.* FROM model_input v
    WHERE v.snapshot_month > DATE '{CUTOFF}'
      AND NOT EXISTS (SELECT 1 FROM model_input t
                      WHERE t.customer_id = v.customer_id AND t.snapshot_month <= DATE '{CUTOFF}')
""").df()

FEATS = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
         "data_usage_gb", "late_payments_6m", "discount_pct",
         "seg_churn_rate", "contract_churn_rate", "seg_size"]
y_tr, y_va = train["churned_next_month"], valid["churned_next_month"]

model = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, max_depth=6, random_state=3)
model.fit(train[FEATS], y_tr)
p = model.predict_proba(valid[FEATS])[:, 1]

# baseline = just the segment rate, which is what the team uses today
base_auc = roc_auc_score(y_va, valid["seg_churn_rate"].fillna(y_tr.mean()))
base_ap = average_precision_score(y_va, valid["seg_churn_rate"].fillna(y_tr.mean()))
print(f"baseline (segment churn rate): AUC {base_auc:.3f}  AP {base_ap:.3f}")
print(f"model                        : AUC {roc_auc_score(y_va, p):.3f}  AP {average_precision_score(y_va, p):.3f}")
print("positives in valid:", int(y_va.sum()), "of", len(y_va))
