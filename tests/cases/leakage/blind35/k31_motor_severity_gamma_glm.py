"""Claim severity model (Gamma GLM, log link) on the motor claims extract.

one row per claim; a policy can have several claims in the extract.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

claims = pd.read_csv("motor_claims_2019_2022.csv")
print(claims.shape)
print(claims.head())

claims = claims[claims["claim_amount"] > 0].copy()
claims["claim_amount"] = claims["claim_amount"].clip(upper=150_000)   # large-loss cap used in pricing

per_policy = claims.groupby("policy_id").agg(n_claims=("claim_id", "count"),
                                             total=("claim_amount", "sum"))
print(per_policy["n_claims"].value_counts().sort_index())
print("policies with 2+ claims:", (per_policy["n_claims"] > 1).mean().round(3))

# vehicle value is missing for ~8% of claims -> fill with the brand's average
print(claims.isna().mean().sort_values(ascending=False).head())
claims["veh_value"] = claims["veh_value"].fillna(claims.groupby("veh_brand")["veh_value"].transform("mean"))
claims["veh_value"] = claims["veh_value"].fillna(claims["veh_value"].mean())
claims["driver_age"] = claims["driver_age"].fillna(claims["driver_age"].median())

claims["log_veh_value"] = np.log(claims["veh_value"])
claims["veh_age_band"] = pd.cut(claims["veh_age"], [0, 3, 6, 10, 15, 100], right=False).astype(str)
claims["driver_age_band"] = pd.cut(claims["driver_age"], [17, 25, 35, 50, 65, 100], right=False).astype(str)

print(claims.groupby("claim_type")["claim_amount"].agg(["count", "mean", "median"]).round(0))
print(claims.groupby("veh_age_band")["claim_amount"].mean().round(0))

train, test = train_test_split(claims, test_size=0.25, random_state=42)

formula = ("claim_amount ~ C(claim_type) + C(veh_age_band) + C(driver_age_band) "
           "+ log_veh_value + C(fuel) + C(area_code) + C(cover)")
model = smf.glm(formula, data=train, family=sm.families.Gamma(link=sm.families.links.Log())).fit()
print(model.summary())
print("dispersion:", round(model.scale, 4))

pred = model.predict(test)
gamma_dev = sm.families.Gamma(link=sm.families.links.Log()).deviance(test["claim_amount"], pred)
print("test mean Gamma deviance:", round(gamma_dev / len(test), 4))
print("test MAE:", round(mean_absolute_error(test["claim_amount"], pred), 1))
print("predicted / actual total:", round(pred.sum() / test["claim_amount"].sum(), 3))

check = test.assign(pred=pred).groupby("claim_type")[["claim_amount", "pred"]].mean().round(0)
print(check)
