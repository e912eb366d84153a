"""Electricity demand for newly connected households.

The business question is the first-year consumption of new connections.
Train on readings before 2023-01; evaluate on 2023 readings of households
whose first reading is in 2023 -- every household that already appears in the
training period is dropped from the evaluation side.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

el = pd.read_csv("train.csv", parse_dates=["period"])
el = el.sort_values(["household_id", "period"])
el["month"] = el["period"].dt.month
el["log_area"] = np.log(el["floor_area_m2"])

cut = pd.Timestamp("2023-01-01")
train = el[el["period"] < cut]
later = el[el["period"] >= cut]
seen = set(train["household_id"])
evalset = later[~later["household_id"].isin(seen)]
print("train rows %d, households %d" % (len(train), train["household_id"].nunique()))
print("eval rows %d, new households %d (dropped %d rows of known households)" %
      (len(evalset), evalset["household_id"].nunique(), len(later) - len(evalset)))

f = ("kwh ~ log_area + n_occupants + hdd + cdd + C(month) + has_heat_pump + has_ev"
     " + C(tariff) + C(dwelling_type) + C(region)")
fam = sm.families.Gamma(link=sm.families.links.Log())
glm = smf.glm(f, data=train, family=fam).fit()
print(glm.summary())

pred = glm.predict(evalset)
base = evalset["month"].map(train.groupby("month")["kwh"].mean())
rmse = lambda e: float(np.sqrt(np.mean(e ** 2)))
print("RMSE gamma GLM          %.1f" % rmse(evalset["kwh"] - pred))
print("RMSE baseline (monthly training mean) %.1f" % rmse(evalset["kwh"] - base))

# deviance-based pseudo R2 on the evaluation households
mu0 = base.to_numpy()
y = evalset["kwh"].to_numpy()
dev = fam.deviance(y, pred.to_numpy())
dev0 = fam.deviance(y, mu0)
print("deviance skill vs baseline: %.3f" % (1 - dev / dev0))

new = pd.read_csv("test.csv", parse_dates=["period"])
new["month"] = new["period"].dt.month
new["log_area"] = np.log(new["floor_area_m2"])
new["prediction"] = glm.predict(new)
new[["reading_id", "prediction"]].to_csv("predictions.csv", index=False)
