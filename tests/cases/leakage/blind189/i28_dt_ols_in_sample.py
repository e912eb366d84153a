"""
Delivery minutes - explanatory OLS model.

I went for an interpretable regression: the ops team wants to know how many
minutes each km, each minute of prep and bad weather add.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error

orders = pd.read_csv("train.csv", parse_dates=["order_time"])
orders["hour"] = orders["order_time"].dt.hour
orders["rush"] = orders["hour"].isin([11, 12, 13, 18, 19, 20]).astype(int)
orders["weekend"] = (orders["order_time"].dt.dayofweek >= 5).astype(int)
orders["prep_time_est"] = orders["prep_time_est"].fillna(15.0)   # ops default when the kitchen gives no estimate

formula = ("actual_delivery_minutes ~ distance_km + I(distance_km ** 2) + prep_time_est"
           " + C(weather, Treatment('clear')) + rush * weekend")
ols = smf.ols(formula, data=orders).fit(cov_type="HC3")
print(ols.summary())

fitted = ols.fittedvalues
print("\nIn-sample MAE : %.2f min" % mean_absolute_error(orders["actual_delivery_minutes"], fitted))
print("R-squared     : %.3f" % ols.rsquared)

resid = orders["actual_delivery_minutes"] - fitted
print("\nresidual by hour:")
print(resid.groupby(orders["hour"]).agg(["mean", "std"]).round(2))

effects = ols.params.filter(like="weather")
print("\nweather effects (minutes vs clear):")
print(effects.round(2))

# heteroskedasticity check
from statsmodels.stats.diagnostic import het_breuschpagan
bp = het_breuschpagan(resid, ols.model.exog)
print("Breusch-Pagan p-value:", round(bp[1], 4))

test = pd.read_csv("test.csv", parse_dates=["order_time"])
test["hour"] = test["order_time"].dt.hour
test["rush"] = test["hour"].isin([11, 12, 13, 18, 19, 20]).astype(int)
test["weekend"] = (test["order_time"].dt.dayofweek >= 5).astype(int)
test["prep_time_est"] = test["prep_time_est"].fillna(15.0)
pred = ols.predict(test).clip(lower=5)
pd.DataFrame({"order_id": test["order_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
