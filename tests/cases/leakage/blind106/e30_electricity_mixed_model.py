"""Household electricity: monthly kWh with a random household intercept.

Households differ persistently (appliances, habits). Instead of a household
average as covariate, the household level is a random intercept in a linear
mixed model fitted on the training block (training households, months before
2023). The validation block has other households and later months, so their
predictions use the fixed part only (random effect = 0, its expectation).
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

el = pd.read_csv("train.csv", parse_dates=["period"])
el = el.sort_values(["household_id", "period"]).reset_index(drop=True)
el["month"] = el["period"].dt.month
el["log_kwh"] = np.log(el["kwh"])
el["log_area"] = np.log(el["floor_area_m2"])

rng = np.random.default_rng(17)
hh = el["household_id"].unique()
test_hh = set(rng.choice(hh, size=len(hh) // 4, replace=False))
cut = pd.Timestamp("2023-01-01")
is_test_hh = el["household_id"].isin(test_hh)
train = el[~is_test_hh & (el["period"] < cut)].copy()
valid = el[is_test_hh & (el["period"] >= cut)].copy()

f = ("log_kwh ~ log_area + n_occupants + hdd + cdd + C(month) + has_heat_pump + has_ev"
     " + C(tariff) + C(dwelling_type)")
mm = smf.mixedlm(f, data=train, groups=train["household_id"]).fit(reml=True)
print(mm.summary())

sigma2_u = float(mm.cov_re.iloc[0, 0])
sigma2_e = mm.scale
icc = sigma2_u / (sigma2_u + sigma2_e)
print("ICC (share of variance between households): %.2f" % icc)

# new households: marginal prediction, lognormal retransformation with both variance parts
pred = np.exp(mm.predict(valid) + (sigma2_u + sigma2_e) / 2)
rmse = np.sqrt(np.mean((valid["kwh"] - pred) ** 2))
base = train.groupby("month")["kwh"].mean()
rmse_base = np.sqrt(np.mean((valid["kwh"] - valid["month"].map(base)) ** 2))
print("RMSE mixed model %.1f | baseline (monthly mean of training block) %.1f" % (rmse, rmse_base))

new = pd.read_csv("test.csv", parse_dates=["period"])
new["month"] = new["period"].dt.month
new["log_area"] = np.log(new["floor_area_m2"])
new["prediction"] = np.exp(mm.predict(new) + (sigma2_u + sigma2_e) / 2)
new[["reading_id", "prediction"]].to_csv("predictions.csv", index=False)
