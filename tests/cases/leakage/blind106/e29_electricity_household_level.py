"""Household electricity: monthly kWh with a household consumption level.

Households differ persistently (appliances, habits). Their average monthly
consumption is added as a covariate ("household level"), on the log scale.
Validation on held-out households after 2023-01.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

el = pd.read_csv("train.csv", parse_dates=["period"])
el = el.sort_values(["household_id", "period"]).reset_index(drop=True)

el["hh_level"] = np.log(el.groupby("household_id")["kwh"].transform("mean"))
el["month"] = el["period"].dt.month
print(el.groupby("household_id")["kwh"].mean().describe())
print(el.groupby("month")["kwh"].mean().round(1))

rng = np.random.default_rng(17)
hh = el["household_id"].unique()
test_hh = set(rng.choice(hh, size=len(hh) // 4, replace=False))
cut = pd.Timestamp("2023-01-01")
is_test_hh = el["household_id"].isin(test_hh)
train = el[~is_test_hh & (el["period"] < cut)]
valid = el[is_test_hh & (el["period"] >= cut)]

f = "np.log(kwh) ~ hh_level + hdd + cdd + C(month) + has_heat_pump + has_ev + C(tariff)"
m = smf.ols(f, data=train).fit()
print(m.summary())

pred = np.exp(m.predict(valid) + m.scale / 2)
rmse = np.sqrt(np.mean((valid["kwh"] - pred) ** 2))
base = train.groupby("month")["kwh"].mean()
pred_base = valid["month"].map(base)
rmse_base = np.sqrt(np.mean((valid["kwh"] - pred_base) ** 2))
print("RMSE model %.1f | baseline (monthly mean) %.1f" % (rmse, rmse_base))
print("R2 out of sample: %.3f" % (1 - np.sum((valid["kwh"] - pred) ** 2)
                                  / np.sum((valid["kwh"] - valid["kwh"].mean()) ** 2)))

# residual check by month
resid = valid["kwh"] - pred
print(resid.groupby(valid["month"]).agg(["mean", "std"]).round(1))
