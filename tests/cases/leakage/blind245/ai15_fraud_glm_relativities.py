"""
Fraud propensity GLM - relativities for the claims triage scorecard.

Actuarial-style: binomial GLM with log-odds link, factor relativities read off exp(beta),
Gini of the fitted score compared with a flat (intercept-only) base model.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score

claims = pd.read_csv("train.csv", parse_dates=["claim_date"])
claims = claims.drop(columns=["siu_outcome", "amount_paid"])  # post-investigation

# banding - fixed cut points agreed with the claims team
claims["amount_band"] = pd.cut(claims["claim_amount"], [0, 1000, 2500, 5000, 10000, 25000, np.inf]).astype(str)
claims["delay_band"] = pd.cut(claims["days_to_report"], [-1, 1, 7, 30, 90, np.inf],
                              labels=["0-1d", "2-7d", "8-30d", "31-90d", "90d+"]).astype(str)
claims["tenure_band"] = pd.cut(claims["policy_tenure_months"], [-1, 3, 12, 36, np.inf],
                               labels=["<3m", "3-12m", "1-3y", "3y+"]).astype(str)
claims["driver_age_band"] = pd.cut(claims["driver_age"], [16, 25, 40, 60, 100]).astype(str)

print(claims.groupby("delay_band")["is_fraud"].agg(["size", "mean"]))

formula = ("is_fraud ~ C(amount_band) + C(delay_band) + C(tenure_band) + C(driver_age_band)"
           " + C(incident_type) + C(police_report) + C(witness_present) + n_prior_claims")

glm = smf.glm(formula, data=claims, family=sm.families.Binomial()).fit()
print(glm.summary())

base = smf.glm("is_fraud ~ 1", data=claims, family=sm.families.Binomial()).fit()

rel = pd.DataFrame({"relativity": np.exp(glm.params),
                    "lo": np.exp(glm.conf_int()[0]),
                    "hi": np.exp(glm.conf_int()[1])})
print(rel.round(3))


def gini(y, score):
    return 2 * roc_auc_score(y, score) - 1


claims["score"] = glm.predict(claims)
claims["base_score"] = base.predict(claims)
print(f"deviance: base {base.deviance:.1f}  glm {glm.deviance:.1f}")
print(f"Gini: base {gini(claims.is_fraud, claims.base_score):.3f}"
      f"  glm {gini(claims.is_fraud, claims.score):.3f}")

# lift by score decile
claims["decile"] = pd.qcut(claims["score"].rank(method="first"), 10, labels=False) + 1
lift = claims.groupby("decile")["is_fraud"].mean() / claims["is_fraud"].mean()
print(lift.round(2))
