"""Apartment rent - hedonic regression with statsmodels.

A log-log OLS is the classic way to price apartments: coefficients read as elasticities
(e.g. +1% floor area -> +b% rent). I fit it on the listings and report the fit.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

df = pd.read_csv("train.csv")
print(df.shape)
print(df[["monthly_rent", "sqm", "rooms", "floor", "year_built"]].describe())

# light cleaning: obviously broken rows only
df = df[(df["sqm"] > 10) & (df["sqm"] < 400)]
df = df[df["rooms"].between(1, 10)]
df["building_age"] = 2024 - df["year_built"]
df["top_floor_or_higher"] = (df["floor"] >= 5).astype(int)

formula = (
    "np.log(monthly_rent) ~ np.log(sqm) + rooms + floor + top_floor_or_higher"
    " + building_age + I(building_age ** 2)"
    " + has_balcony + has_elevator + furnished"
    " + np.log1p(distance_to_center_km) + C(energy_label) + C(neighbourhood)"
)
ols = smf.ols(formula, data=df).fit(cov_type="HC1")
print(ols.summary())

fitted_rent = np.exp(ols.fittedvalues)
resid = df.loc[fitted_rent.index, "monthly_rent"] - fitted_rent
print(f"R^2            : {ols.rsquared:.3f}")
print(f"adj. R^2       : {ols.rsquared_adj:.3f}")
print(f"MAE (EUR)      : {resid.abs().mean():.1f}")
print(f"MAPE           : {(resid.abs() / df.loc[fitted_rent.index, 'monthly_rent']).mean():.3%}")

print("\nsqm elasticity:", round(ols.params["np.log(sqm)"], 3))
print("balcony premium: {:.1%}".format(np.exp(ols.params["has_balcony"]) - 1))

test = pd.read_csv("test.csv")
test["building_age"] = 2024 - test["year_built"]
test["top_floor_or_higher"] = (test["floor"] >= 5).astype(int)
test["prediction"] = np.exp(ols.predict(test))
test[["listing_id", "prediction"]].to_csv("predictions.csv", index=False)
