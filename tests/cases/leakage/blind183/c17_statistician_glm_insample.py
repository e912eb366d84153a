"""
Churn snapshots: binomial GLM with cluster-robust standard errors.

The emphasis is on inference (which behaviours are associated with churn), so the
model is fitted to all labelled snapshots, with standard errors clustered on
customer to account for repeated measurements. Discrimination is summarised by
the concordance (AUC) of the fitted values and compared with a prior-only model.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.dummy import DummyClassifier
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# ---------------------------------------------------------------------------
# covariate construction (row-wise only)
# ---------------------------------------------------------------------------
def covariates(d: pd.DataFrame) -> pd.DataFrame:
    d = d.copy()
    d["log_spend"] = np.log1p(d["monthly_spend"])
    d["log_days_idle"] = np.log1p(d["days_since_last_login"].fillna(90))
    d["any_ticket"] = (d["support_tickets_30d"] > 0).astype(int)
    d["tenure_yrs"] = d["tenure_months"] / 12.0
    return d


df = covariates(df)
test = covariates(test)

formula = (
    "churned_next_month ~ C(plan) + C(region) + tenure_yrs + I(tenure_yrs**2)"
    " + log_spend + logins_30d + any_ticket + log_days_idle"
)

glm = smf.glm(formula, data=df, family=sm.families.Binomial())
res = glm.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(df["customer_id"])[0]})
print(res.summary())

# odds ratios with 95% CI
ci = np.exp(res.conf_int())
ci.columns = ["2.5%", "97.5%"]
ors = pd.concat([np.exp(res.params).rename("OR"), ci], axis=1)
print(ors.round(3))

# ---------------------------------------------------------------------------
# goodness of fit
# ---------------------------------------------------------------------------
y = df["churned_next_month"].to_numpy()
fitted = res.fittedvalues.to_numpy() if hasattr(res.fittedvalues, "to_numpy") else np.asarray(res.fittedvalues)

prior = DummyClassifier(strategy="prior").fit(np.zeros((len(y), 1)), y)
p_prior = prior.predict_proba(np.zeros((len(y), 1)))[:, 1]

print("\n                 AUC     Brier    log-loss")
print("prior-only   %.4f  %.5f  %.5f" % (roc_auc_score(y, p_prior), brier_score_loss(y, p_prior), log_loss(y, p_prior)))
print("GLM          %.4f  %.5f  %.5f" % (roc_auc_score(y, fitted), brier_score_loss(y, fitted), log_loss(y, fitted)))

# Hosmer-Lemeshow style table
tab = pd.DataFrame({"y": y, "p": fitted})
tab["g"] = pd.qcut(tab["p"], 10, labels=False, duplicates="drop")
hl = tab.groupby("g").agg(n=("y", "size"), observed=("y", "sum"), expected=("p", "sum"))
hl["chi"] = (hl["observed"] - hl["expected"]) ** 2 / (hl["expected"] * (1 - hl["expected"] / hl["n"]))
print(hl)
print("HL statistic: %.2f" % hl["chi"].sum())

# ---------------------------------------------------------------------------
# predictions for the October-December snapshots
# ---------------------------------------------------------------------------
pred = res.predict(test)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": np.clip(pred, 0, 1)}).to_csv(
    "predictions.csv", index=False
)
