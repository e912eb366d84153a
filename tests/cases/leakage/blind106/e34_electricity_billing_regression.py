# Household electricity: log-log regression of monthly kWh.
# Tariff and bill amount capture price effects (demand elasticity).
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

el = pd.read_csv("train.csv", parse_dates=["period"])
el["month"] = el["period"].dt.month
el = el[el["bill_amount"] > 0]
print(el[["kwh", "bill_amount", "hdd", "cdd"]].corr().round(2))
print(el.groupby("tariff")[["kwh", "bill_amount"]].mean().round(1))
print(el.groupby("period")["kwh"].mean().tail(12).round(1))
print("households:", el["household_id"].nunique(), "months:", el["period"].nunique())

# out-of-household and out-of-time validation
rng = np.random.default_rng(2022)
hh = el["household_id"].unique()
val_hh = rng.choice(hh, size=int(0.25 * len(hh)), replace=False)
cut = pd.Timestamp("2023-01-01")
tr = el[~el["household_id"].isin(val_hh) & (el["period"] < cut)]
va = el[el["household_id"].isin(val_hh) & (el["period"] >= cut)]

f = ("np.log(kwh) ~ np.log(bill_amount) + C(tariff) + np.log(floor_area_m2) + n_occupants"
     " + hdd + cdd + C(month) + has_heat_pump + has_ev")
ols = smf.ols(f, data=tr).fit(cov_type="HC3")
print(ols.summary())
print("price/bill elasticity: %.3f" % ols.params["np.log(bill_amount)"])

pred = np.exp(ols.predict(va) + ols.scale / 2)
resid = va["kwh"] - pred
print("validation RMSE %.1f kWh" % np.sqrt(np.mean(resid ** 2)))
print("validation MAE  %.1f kWh" % np.mean(np.abs(resid)))

new = pd.read_csv("test.csv", parse_dates=["period"])
new["month"] = new["period"].dt.month
new["prediction"] = np.exp(ols.predict(new) + ols.scale / 2)
new[["reading_id", "prediction"]].to_csv("predictions.csv", index=False)

# residuals by tariff
print(resid.groupby(va["tariff"]).agg(["mean", "std", "size"]).round(1))
