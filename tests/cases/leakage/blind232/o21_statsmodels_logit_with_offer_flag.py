# Churn snapshots -- logistic regression with statsmodels so I can read the coefficients.
# Holdout: Jul-Sep rows of customers that do not appear before July.

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

print(df.shape)
print(df.isna().mean().round(3))

# account_closed_date_known is obviously filled in after the account is closed -> drop.
# retention_offer_accepted: whether the customer took the retention discount, that's a
# customer behaviour signal, keep it.
df = df.drop(columns=["account_closed_date_known"])
test = test.drop(columns=["account_closed_date_known"], errors="ignore")

for d in (df, test):
    d["usage_hours"] = d["usage_hours"].fillna(0)
    d["log_usage"] = np.log1p(d["usage_hours"])
    d["log_tenure"] = np.log1p(d["tenure_months"])
    d["any_failure"] = (d["payment_failures"] > 0).astype(int)
    d["retention_offer_accepted"] = d["retention_offer_accepted"].fillna(0).astype(int)

print(df.groupby("plan")["churned_next_month"].agg(["mean", "size"]))

# ---------------------------------------------------------------- split
before = df["snapshot_month"] < "2024-07-01"
train = df[before].copy()
valid = df[~before & ~df["customer_id"].isin(train["customer_id"])].copy()
print("train:", train.shape, "valid:", valid.shape)

# ---------------------------------------------------------------- models
formulas = {
    "null (baseline)": "churned_next_month ~ 1",
    "small": "churned_next_month ~ C(plan) + log_tenure + support_tickets + any_failure",
    "full": ("churned_next_month ~ C(plan) + monthly_charges + log_tenure + log_usage"
             " + support_tickets + payment_failures + any_failure + retention_offer_accepted"),
}

fits = {}
rows = []
for name, f in formulas.items():
    res = smf.logit(f, data=train).fit(disp=0, maxiter=200)
    fits[name] = res
    p = np.clip(res.predict(valid), 1e-6, 1 - 1e-6)
    y = valid["churned_next_month"]
    rows.append({
        "model": name,
        "aic": res.aic,
        "pseudo_r2": res.prsquared,
        "valid_logloss": log_loss(y, p),
        "valid_auc": roc_auc_score(y, p) if p.nunique() > 1 else 0.5,
        "valid_ap": average_precision_score(y, p),
    })

table = pd.DataFrame(rows).set_index("model")
print(table.round(4))

print(fits["full"].summary())

odds = np.exp(fits["full"].params).rename("odds_ratio")
print(odds.round(3).sort_values())

# ---------------------------------------------------------------- calibration check
valid["p"] = fits["full"].predict(valid)
valid["bin"] = pd.qcut(valid["p"], 10, duplicates="drop")
print(valid.groupby("bin", observed=True).agg(pred=("p", "mean"), actual=("churned_next_month", "mean"), n=("p", "size")))

# ---------------------------------------------------------------- submission
final = smf.logit(formulas["full"], data=df).fit(disp=0, maxiter=200)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "churn_probability": final.predict(test)}).to_csv(
    "predictions.csv", index=False
)
print("predictions.csv written")
