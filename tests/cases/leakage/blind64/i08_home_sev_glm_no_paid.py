# Home claims severity - Gamma GLM with log link (statsmodels)
# Candidate take-home. Run from the bundle folder.

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_gamma_deviance

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(claims.shape, test.shape)
print(claims.dtypes)
print(claims.claim_cost.describe())

# --- quick look at the perils ----------------------------------------------------------
print(claims.groupby("peril").claim_cost.agg(["count", "mean", "median", "max"]).round(0))
print(claims.groupby("region").claim_cost.mean().round(0))

# --- cleaning -------------------------------------------------------------------------
for d in (claims, test):
    d["log_rebuild"] = np.log(d.rebuild_value.clip(lower=10_000))
    d["log_contents"] = np.log1p(d.sum_insured_contents.fillna(0))
    d["lag_band"] = pd.cut(d.notification_lag_days, [-1, 3, 7, 30, 90, 10_000]).astype(str)
    d["age_band"] = pd.cut(d.property_age, [-1, 10, 25, 50, 100, 1_000]).astype(str)

train, valid = train_test_split(claims, test_size=0.2, random_state=2024)

# large losses: cap the training target at the 99.5th percentile, load the excess back on
cap = train.claim_cost.quantile(0.995)
train = train.assign(cost_capped=train.claim_cost.clip(upper=cap))
excess_load = train.claim_cost.sum() / train.cost_capped.sum()
print(f"cap {cap:,.0f}  excess loading {excess_load:.3f}")

formula = ("cost_capped ~ C(peril) + C(construction) + C(roof_type) + C(region) + C(flood_zone)"
           " + log_rebuild + log_contents + C(lag_band) + C(age_band) + policy_tenure + excess")
gamma = smf.glm(formula, data=train,
                family=sm.families.Gamma(link=sm.families.links.Log())).fit()
print(gamma.summary())

valid_pred = gamma.predict(valid) * excess_load
print("validation gamma deviance:", round(mean_gamma_deviance(valid.claim_cost, valid_pred), 4))

# actual vs expected by peril on validation
ave = valid.assign(pred=valid_pred).groupby("peril")[["claim_cost", "pred"]].sum()
ave["a_over_e"] = ave.claim_cost / ave.pred
print(ave.round(2))

# --- final fit on everything ----------------------------------------------------------
cap_all = claims.claim_cost.quantile(0.995)
claims["cost_capped"] = claims.claim_cost.clip(upper=cap_all)
load_all = claims.claim_cost.sum() / claims.cost_capped.sum()
final = smf.glm(formula, data=claims,
                family=sm.families.Gamma(link=sm.families.links.Log())).fit()
test["prediction"] = final.predict(test) * load_all
test[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done")
