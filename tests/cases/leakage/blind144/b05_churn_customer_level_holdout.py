# churn_model.py -- candidate submission, churn-snapshots
# Logit fitted with patsy design matrices; validation holds out 20% of customers
# so that no customer contributes rows to both sides.

import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices, dmatrix, build_design_matrices
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
ID = "snapshot_id"

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
raw["snapshot_month"] = pd.to_datetime(raw["snapshot_month"])

print(raw.info())
print(raw[TARGET].value_counts())
print(raw.isna().sum()[raw.isna().sum() > 0])

# engagement ratios
def prep(d):
    out = d.copy()
    out["logins_per_ticket"] = out["logins_30d"] / (1 + out["support_tickets_30d"])
    out["charges_per_tenure"] = out["monthly_charges"] / (1 + out["tenure_months"])
    out["recent_login"] = (out["days_since_last_login"] <= 3).astype(int)
    return out

raw = prep(raw)
test = prep(test)

# ---- customer-level holdout ------------------------------------------------------
rng = np.random.default_rng(42)
customers = raw["customer_id"].unique()
holdout_customers = set(rng.choice(customers, size=int(0.2 * len(customers)), replace=False))
is_hold = raw["customer_id"].isin(holdout_customers)
fit_df, hold_df = raw[~is_hold], raw[is_hold]
print("customers:", len(customers), "held out:", len(holdout_customers))
print("rows:", len(fit_df), len(hold_df))

rhs = ("C(plan) + C(region) + tenure_months + charges_per_tenure + has_discount + "
       "logins_30d + logins_per_ticket + recent_login + days_since_last_login + "
       "support_tickets_30d + payment_failures_90d")
y_fit, X_fit = dmatrices(f"{TARGET} ~ {rhs}", fit_df, return_type="dataframe")
X_hold = build_design_matrices([X_fit.design_info], hold_df, return_type="dataframe")[0]
y_hold = hold_df[TARGET].values

res = sm.Logit(y_fit, X_fit).fit(method="newton", maxiter=100, disp=False)
print(res.summary().tables[1])

p = res.predict(X_hold)
auc = roc_auc_score(y_hold, p)
ap = average_precision_score(y_hold, p)

order = np.argsort(-np.asarray(p))
y_sorted = y_hold[order]
cum_pos = np.cumsum(y_sorted) / y_sorted.sum()
cum_neg = np.cumsum(1 - y_sorted) / (1 - y_sorted).sum()
ks = np.max(np.abs(cum_pos - cum_neg))
print(f"holdout customers: AUC={auc:.3f} AP={ap:.3f} KS={ks:.3f}")

# calibration by decile
cal = pd.DataFrame({"p": np.asarray(p), "y": y_hold})
cal["bin"] = pd.qcut(cal["p"], 10, labels=False, duplicates="drop")
print(cal.groupby("bin").agg(mean_p=("p", "mean"), obs=("y", "mean"), n=("y", "size")).round(4))

# ---- refit on all rows, predict test ----------------------------------------------------
y_all, X_all = dmatrices(f"{TARGET} ~ {rhs}", raw, return_type="dataframe")
res_all = sm.Logit(y_all, X_all).fit(disp=False)
X_test = build_design_matrices([X_all.design_info], test, return_type="dataframe")[0]
pd.DataFrame({ID: test[ID], "prediction": res_all.predict(X_test)}).to_csv("predictions.csv", index=False)
