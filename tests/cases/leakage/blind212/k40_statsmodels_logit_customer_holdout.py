"""
Churn snapshots -- interpretable logit (statsmodels) for the memo.

Holdout design
    * 25% of customer ids are drawn as holdout customers; the other 75% train.
    * training uses only Jan-Jun snapshots of the training customers;
      scoring uses only Jul-Sep snapshots of the holdout customers.
  So the holdout is later in time and made of customers the model never saw,
  the same situation as test.csv (Oct-Dec, other customers).

Baseline: intercept-only logit (= predicting the training churn rate).
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

RNG = np.random.default_rng(20240901)
TARGET = "churned_next_month"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (train, test):
    d["month"] = pd.to_datetime(d["snapshot_month"])
    d["log_usage"] = np.log1p(d["usage_hours"].fillna(0).clip(lower=0))
    d["tickets"] = d["support_tickets"].fillna(0).clip(upper=10)
    d["fails"] = d["payment_failures"].fillna(0).clip(upper=5)
    d["tenure_yrs"] = d["tenure_months"].fillna(0) / 12
    d["charges"] = d["monthly_charges"].fillna(0) / 10

# ---- split on customer ids, then on time
customers = train["customer_id"].unique()
holdout_ids = set(RNG.choice(customers, size=int(0.25 * len(customers)), replace=False))
is_holdout_customer = train["customer_id"].isin(holdout_ids)
cut = pd.Timestamp("2024-07-01")

fit_df = train[~is_holdout_customer & (train["month"] < cut)].copy()
ho_df = train[is_holdout_customer & (train["month"] >= cut)].copy()
print(f"fit: {len(fit_df)} rows, {fit_df.customer_id.nunique()} customers, churn {fit_df[TARGET].mean():.3%}")
print(f"holdout: {len(ho_df)} rows, {ho_df.customer_id.nunique()} customers, churn {ho_df[TARGET].mean():.3%}")
assert fit_df["customer_id"].isin(ho_df["customer_id"]).sum() == 0
assert fit_df["month"].max() < ho_df["month"].min()

FORMULA = f"{TARGET} ~ C(plan) + charges + tenure_yrs + I(tenure_yrs**2) + log_usage + tickets + fails + tickets:fails"

baseline = smf.logit(f"{TARGET} ~ 1", data=fit_df).fit(disp=0)
full = smf.logit(FORMULA, data=fit_df).fit(disp=0, maxiter=200)
print(full.summary())

odds = pd.DataFrame(
    {
        "odds_ratio": np.exp(full.params),
        "ci_low": np.exp(full.conf_int()[0]),
        "ci_high": np.exp(full.conf_int()[1]),
        "p": full.pvalues,
    }
).round(3)
print(odds)

y_ho = ho_df[TARGET].values
scores = {}
for name, res in [("baseline (intercept only)", baseline), ("logit", full)]:
    p = np.clip(np.asarray(res.predict(ho_df)), 1e-6, 1 - 1e-6)
    scores[name] = {
        "roc_auc": roc_auc_score(y_ho, p) if name == "logit" else 0.5,
        "pr_auc": average_precision_score(y_ho, p),
        "log_loss": log_loss(y_ho, p),
    }
print(pd.DataFrame(scores).T.round(4))
print("McFadden pseudo R2 (fit rows):", round(full.prsquared, 4))

# ---- submission: same formula on every labelled row
final = smf.logit(FORMULA, data=train).fit(disp=0, maxiter=200)
pred = np.clip(np.asarray(final.predict(test)), 0, 1)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions:", len(pred), "mean", round(pred.mean(), 4))
