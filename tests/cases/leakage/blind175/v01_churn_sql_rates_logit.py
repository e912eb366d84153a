"""Churn take-home: segment churn rates in SQL + logistic regression.

I keep the aggregation in SQL and the model in statsmodels so that the
coefficients read as odds ratios for the retention team.
Run from the bundle directory; writes predictions.csv.
"""
import json
import sqlite3

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task["target"]        # churned_next_month
ID = task["id_column"]         # snapshot_id

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True).round(4))

con = sqlite3.connect(":memory:")
train.to_sql("snapshots", con, index=False)

# ---------------------------------------------------------------------------
# 1. Segment churn rate (plan x region), shrunk towards the overall rate
# ---------------------------------------------------------------------------
seg = pd.read_sql_query(
    """
    WITH overall AS (SELECT AVG(churned_next_month) AS p FROM snapshots)
    SELECT s.plan,
           s.region,
           COUNT(*) AS n_snapshots,
           (SUM(s.churned_next_month) + 20 * o.p) / (COUNT(*) + 20) AS seg_churn_rate
    FROM snapshots s CROSS JOIN overall o
    GROUP BY s.plan, s.region
    ORDER BY seg_churn_rate DESC
    """,
    con,
)
print(seg.to_string(index=False))

train = train.merge(seg[["plan", "region", "seg_churn_rate"]], on=["plan", "region"], how="left")
test = test.merge(seg[["plan", "region", "seg_churn_rate"]], on=["plan", "region"], how="left")
test["seg_churn_rate"] = test["seg_churn_rate"].fillna(train[TARGET].mean())

# ---------------------------------------------------------------------------
# 2. Validation: Jul-Sep snapshots of customers never seen in Jan-Jun
# ---------------------------------------------------------------------------
train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])
cut = pd.Timestamp("2024-07-01")
fit_part = train[train["snapshot_month"] < cut]
val_part = train[train["snapshot_month"] >= cut]
val_part = val_part[~val_part["customer_id"].isin(set(fit_part["customer_id"]))]
print(f"fit rows {len(fit_part)}, validation rows {len(val_part)} "
      f"({val_part['customer_id'].nunique()} new customers)")

FORMULA = (
    f"{TARGET} ~ C(plan) + C(region) + tenure_months + monthly_charges"
    " + has_discount + logins_30d + days_since_last_login"
    " + support_tickets_30d + payment_failures_90d + seg_churn_rate"
)
model = smf.logit(FORMULA, data=fit_part).fit(disp=0)
print(model.summary2().tables[1][["Coef.", "P>|z|"]].round(4))

p_val = model.predict(val_part)
y_val = val_part[TARGET]
prior = np.full(len(y_val), fit_part[TARGET].mean())

report = pd.DataFrame({
    "model": ["baseline (prior rate)", "logit + segment rate"],
    "roc_auc": [roc_auc_score(y_val, prior), roc_auc_score(y_val, p_val)],
    "avg_precision": [average_precision_score(y_val, prior), average_precision_score(y_val, p_val)],
    "brier": [brier_score_loss(y_val, prior), brier_score_loss(y_val, p_val)],
})
print(report.round(4).to_string(index=False))

# ---------------------------------------------------------------------------
# 3. Odds ratios for the memo
# ---------------------------------------------------------------------------
ci = np.exp(model.conf_int())
odds = pd.DataFrame({"odds_ratio": np.exp(model.params), "ci_low": ci[0], "ci_high": ci[1]})
print(odds.round(3).sort_values("odds_ratio", ascending=False).to_string())

# ---------------------------------------------------------------------------
# 4. Final model on all nine months, scored on Oct-Dec
# ---------------------------------------------------------------------------
final = smf.logit(FORMULA, data=train).fit(disp=0)
test["prediction"] = final.predict(test).clip(0, 1)
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
