# churn-snapshots: interpretable logistic model (statsmodels) on standardised features.
# Standardisation is done in SQL so the coefficients are per-standard-deviation effects.

import duckdb
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

con = duckdb.connect()
con.sql("CREATE TABLE tr AS FROM read_csv_auto('train.csv')")
con.sql("CREATE TABLE te AS FROM read_csv_auto('test.csv')")

NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]

z_exprs = ",\n       ".join(
    f"({c} - AVG({c}) OVER ()) / NULLIF(STDDEV_SAMP({c}) OVER (), 0) AS z_{c}" for c in NUMERIC
)
zq = f"""
SELECT snapshot_id, customer_id, snapshot_month, plan, churned_next_month,
       {z_exprs},
       CAST(plan = 'premium' AS DOUBLE) AS plan_premium,
       CAST(plan = 'basic' AS DOUBLE)   AS plan_basic
FROM tr
"""
data = con.sql(zq).df()
print(data.describe().T[["mean", "std"]].round(3))

ZCOLS = [f"z_{c}" for c in NUMERIC] + ["plan_premium", "plan_basic"]

# holdout: Q3 months, customers whose first snapshot is in Q3
data["snapshot_month"] = data["snapshot_month"].astype(str)
first = data.groupby("customer_id")["snapshot_month"].min()
data["first_month"] = data["customer_id"].map(first)
fit = data[data.snapshot_month < "2024-07"].copy()
hold = data[(data.snapshot_month >= "2024-07") & (data.first_month >= "2024-07")].copy()
print(f"fit {len(fit)} rows / holdout {len(hold)} rows")

X_fit = sm.add_constant(fit[ZCOLS])
X_hold = sm.add_constant(hold[ZCOLS], has_constant="add")
logit = sm.Logit(fit["churned_next_month"], X_fit).fit(disp=False, maxiter=200)
print(logit.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(4))

p_hold = logit.predict(X_hold)

# baseline: intercept-only model = training churn rate for everybody
p_base = np.full(len(hold), fit["churned_next_month"].mean())

metrics = pd.DataFrame({
    "baseline (intercept only)": {
        "roc_auc": roc_auc_score(hold.churned_next_month, p_base),
        "pr_auc": average_precision_score(hold.churned_next_month, p_base),
        "log_loss": log_loss(hold.churned_next_month, p_base),
    },
    "logit": {
        "roc_auc": roc_auc_score(hold.churned_next_month, p_hold),
        "pr_auc": average_precision_score(hold.churned_next_month, p_hold),
        "log_loss": log_loss(hold.churned_next_month, p_hold),
    },
}).T
print(metrics.round(4))

# odds ratios per 1 SD, for the memo
odds = np.exp(logit.params).rename("odds_ratio")
print(odds.round(3))

# refit on everything for test.csv; test is standardised with the training table's moments
moments = con.sql(
    "SELECT " + ", ".join(f"AVG({c}) AS m_{c}, STDDEV_SAMP({c}) AS s_{c}" for c in NUMERIC) + " FROM tr"
).df().iloc[0]
test = con.sql("SELECT * FROM te").df()
for c in NUMERIC:
    test[f"z_{c}"] = (test[c] - moments[f"m_{c}"]) / moments[f"s_{c}"]
test["plan_premium"] = (test["plan"] == "premium").astype(float)
test["plan_basic"] = (test["plan"] == "basic").astype(float)

full = sm.Logit(data["churned_next_month"], sm.add_constant(data[ZCOLS])).fit(disp=False, maxiter=200)
test["prediction"] = full.predict(sm.add_constant(test[ZCOLS], has_constant="add"))
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print(test["prediction"].describe())
