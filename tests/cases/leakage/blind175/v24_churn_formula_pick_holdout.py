"""
Churn take-home: comparing three candidate logistic specifications.

  M1  account basics       (plan, region, tenure, charges, discount)
  M2  + engagement         (logins, days since last login)
  M3  + friction           (support tickets, payment failures, interaction)

The specification with the best holdout AUC is the one I recommend, and its
holdout AUC is the number I report in the memo.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.metrics import roc_auc_score, average_precision_score

Y = "churned_next_month"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (df, test):
    d["log_charges"] = np.log(d["monthly_charges"].clip(lower=1))

# ------------------------------------------------------------------ holdout
# Fit on Jan-Jun; hold out Jul-Sep snapshots of customers first seen after June.
first_seen = df.groupby("customer_id")["snapshot_month"].min()
new_customers = first_seen[first_seen >= "2024-07-01"].index
train_part = df[df["snapshot_month"] < "2024-07-01"]
holdout = df[(df["snapshot_month"] >= "2024-07-01") & df["customer_id"].isin(new_customers)]
print(f"train {len(train_part):,} rows | holdout {len(holdout):,} rows, churn {holdout[Y].mean():.3%}")

specs = {
    "M1 account": "C(plan) + C(region) + tenure_months + log_charges + has_discount",
    "M2 + engagement": "C(plan) + C(region) + tenure_months + log_charges + has_discount"
                       " + logins_30d + days_since_last_login",
    "M3 + friction": "C(plan) + C(region) + tenure_months + log_charges + has_discount"
                     " + logins_30d + days_since_last_login + support_tickets_30d"
                     " + payment_failures_90d + support_tickets_30d:payment_failures_90d",
}

rows, fitted = [], {}
for name, rhs in specs.items():
    m = smf.logit(f"{Y} ~ {rhs}", data=train_part).fit(disp=0)
    p = m.predict(holdout)
    fitted[name] = (m, p)
    rows.append({"spec": name, "aic": m.aic, "n_params": len(m.params),
                 "holdout_auc": roc_auc_score(holdout[Y], p),
                 "holdout_pr_auc": average_precision_score(holdout[Y], p)})
prior = np.full(len(holdout), train_part[Y].mean())
rows.append({"spec": "baseline: prior rate", "aic": np.nan, "n_params": 1,
             "holdout_auc": roc_auc_score(holdout[Y], prior),
             "holdout_pr_auc": average_precision_score(holdout[Y], prior)})
comparison = pd.DataFrame(rows).set_index("spec")
print(comparison.round(4))

# likelihood-ratio test M2 vs M3 (nested)
m2, m3 = fitted["M2 + engagement"][0], fitted["M3 + friction"][0]
lr_stat = 2 * (m3.llf - m2.llf)
df_diff = len(m3.params) - len(m2.params)
print(f"LR test M3 vs M2: chi2={lr_stat:.1f}, df={df_diff}, p={stats.chi2.sf(lr_stat, df_diff):.2e}")

best = comparison.drop(index="baseline: prior rate")["holdout_auc"].idxmax()
print(f"\nRecommended specification: {best}")
print(f"Reported holdout AUC: {comparison.loc[best, 'holdout_auc']:.4f} "
      f"(PR AUC {comparison.loc[best, 'holdout_pr_auc']:.4f})")

# ------------------------------------------------------------------ final
final = smf.logit(f"{Y} ~ {specs[best]}", data=df).fit(disp=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(test)}).to_csv(
    "predictions.csv", index=False)
