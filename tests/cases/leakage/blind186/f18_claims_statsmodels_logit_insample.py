"""
Fraud propensity model - interpretable logistic regression (statsmodels).

I went for an interpretable GLM because the claims team needs to explain why a claim
was flagged. Coefficients are reported as odds ratios with 95% CIs.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

claims = pd.read_csv("train.csv", parse_dates=["claim_date", "policy_start_date"])

# ---------------------------------------------------------------- cleaning
claims["police_report_available"] = claims["police_report_available"].fillna("UNKNOWN")
claims["siu_referral_outcome"] = claims["siu_referral_outcome"].fillna("not_referred")
claims["log_amount"] = np.log1p(claims["claim_amount"])
claims["early_claim"] = ((claims["claim_date"] - claims["policy_start_date"]).dt.days < 60).astype(int)
claims["age_band"] = pd.cut(claims["insured_age"], bins=[0, 25, 35, 50, 65, 120],
                            labels=["<25", "25-34", "35-49", "50-64", "65+"])

print(claims.shape)
print(pd.crosstab(claims["incident_severity"], claims["is_fraud"], normalize="index"))

# ---------------------------------------------------------------- model
formula = (
    "is_fraud ~ log_amount + early_claim + witnesses + num_prior_claims"
    " + C(incident_type) + C(incident_severity) + C(police_report_available)"
    " + C(age_band) + C(region) + C(siu_referral_outcome)"
)
logit = smf.logit(formula, data=claims).fit(method="lbfgs", maxiter=500, disp=False)
print(logit.summary())

odds = pd.DataFrame({
    "odds_ratio": np.exp(logit.params),
    "ci_low": np.exp(logit.conf_int()[0]),
    "ci_high": np.exp(logit.conf_int()[1]),
    "p_value": logit.pvalues,
}).round(3)
print(odds.sort_values("odds_ratio", ascending=False))

# ---------------------------------------------------------------- fit quality
claims["p_hat"] = logit.predict(claims)
print("ROC AUC :", round(roc_auc_score(claims["is_fraud"], claims["p_hat"]), 4))
print("PR AUC  :", round(average_precision_score(claims["is_fraud"], claims["p_hat"]), 4))
print("Brier   :", round(brier_score_loss(claims["is_fraud"], claims["p_hat"]), 4))
print("pseudo R2 (McFadden):", round(logit.prsquared, 4))

# calibration by decile
claims["decile"] = pd.qcut(claims["p_hat"], 10, labels=False, duplicates="drop")
print(claims.groupby("decile")[["p_hat", "is_fraud"]].mean())

# ---------------------------------------------------------------- submission
new = pd.read_csv("test.csv", parse_dates=["claim_date", "policy_start_date"])
new["police_report_available"] = new["police_report_available"].fillna("UNKNOWN")
new["siu_referral_outcome"] = new["siu_referral_outcome"].fillna("not_referred")
new["log_amount"] = np.log1p(new["claim_amount"])
new["early_claim"] = ((new["claim_date"] - new["policy_start_date"]).dt.days < 60).astype(int)
new["age_band"] = pd.cut(new["insured_age"], bins=[0, 25, 35, 50, 65, 120],
                         labels=["<25", "25-34", "35-49", "50-64", "65+"])
new["prediction"] = logit.predict(new).clip(0, 1)
new[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
