# Churn take-home -- logistic regression (statsmodels) with an 80/20 holdout
# Hard-coded column names; run next to train.csv / test.csv.

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("rows:", len(df), " customers:", df.customer_id.nunique())
print("churn rate by month")
print(df.groupby("snapshot_month").churned_next_month.mean().round(4))

# pivot: churn rate by plan and region, for the memo
pt = pd.pivot_table(df, index="plan", columns="region", values="churned_next_month", aggfunc="mean")
print((pt * 100).round(2))

# simple transforms (row-wise only)
for frame in (df, test):
    frame["log_charges"] = np.log1p(frame["monthly_charges"])
    frame["inactive_14d"] = (frame["days_since_last_login"] > 14).astype(int)
    frame["any_payment_failure"] = (frame["payment_failures_90d"] > 0).astype(int)

# 80/20 holdout
holdout = df.sample(frac=0.2, random_state=11)
dev = df.drop(holdout.index)
print("dev", dev.shape, "holdout", holdout.shape)

formula = ("churned_next_month ~ C(plan) + C(region) + tenure_months + log_charges"
           " + has_discount + logins_30d + inactive_14d + support_tickets_30d"
           " + any_payment_failure")
logit = smf.logit(formula, data=dev).fit(disp=0)
print(logit.summary())

p_hold = logit.predict(holdout)
base = np.repeat(dev.churned_next_month.mean(), len(holdout))

print("\nHoldout results")
print(f"  AUC            model {roc_auc_score(holdout.churned_next_month, p_hold):.3f}"
      f"   baseline {roc_auc_score(holdout.churned_next_month, base):.3f}")
print(f"  avg precision  model {average_precision_score(holdout.churned_next_month, p_hold):.3f}"
      f"   baseline {average_precision_score(holdout.churned_next_month, base):.3f}")
print(f"  Brier          model {brier_score_loss(holdout.churned_next_month, p_hold):.4f}"
      f"   baseline {brier_score_loss(holdout.churned_next_month, base):.4f}")

# decile lift table on the holdout
h = holdout.assign(p=p_hold)
h["decile"] = pd.qcut(h.p.rank(method="first"), 10, labels=range(10, 0, -1))
lift = (h.groupby("decile", observed=True)
          .agg(n=("p", "size"), churners=("churned_next_month", "sum"), avg_p=("p", "mean"))
          .sort_index(ascending=False))
lift["rate"] = lift.churners / lift.n
lift["lift"] = lift.rate / h.churned_next_month.mean()
lift["cum_capture"] = lift.churners.cumsum() / lift.churners.sum()
print(lift.round(3))

# final model on all training snapshots
final = smf.logit(formula, data=df).fit(disp=0)
test["prediction"] = final.predict(test)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
