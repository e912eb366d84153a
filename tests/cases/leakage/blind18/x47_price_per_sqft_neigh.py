"""Ames housing - OLS with a neighbourhood price level feature."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

houses = pd.read_csv("ames_train.csv")
houses = houses[houses["GrLivArea"] < 4000]  # the famous outliers
print(houses.shape)

# neighbourhood price level: median $/sqft in the neighbourhood
houses["ppsf"] = houses["SalePrice"] / houses["GrLivArea"]
nbhd_ppsf = houses.groupby("Neighborhood")["ppsf"].median()
houses["nbhd_ppsf"] = houses["Neighborhood"].map(nbhd_ppsf)
print(nbhd_ppsf.sort_values().tail())

houses["log_price"] = np.log(houses["SalePrice"])
houses["log_area"] = np.log(houses["GrLivArea"])
houses["age"] = houses["YrSold"] - houses["YearBuilt"]
houses["remod"] = (houses["YearRemodAdd"] != houses["YearBuilt"]).astype(int)
houses["TotalBath"] = houses["FullBath"] + 0.5 * houses["HalfBath"] + houses["BsmtFullBath"].fillna(0)
houses["GarageCars"] = houses["GarageCars"].fillna(0)

train, test = train_test_split(houses, test_size=0.2, random_state=3)

formula = "log_price ~ log_area + np.log(nbhd_ppsf) + OverallQual + OverallCond + age + remod + TotalBath + GarageCars + C(CentralAir)"
ols = smf.ols(formula, data=train).fit()
print(ols.summary())

pred = np.exp(ols.predict(test))
mae = mean_absolute_error(test["SalePrice"], pred)
baseline_mae = mean_absolute_error(test["SalePrice"], np.full(len(test), train["SalePrice"].median()))
print(f"baseline (median price) MAE: ${baseline_mae:,.0f}")
print(f"OLS MAE                    : ${mae:,.0f}")

resid = np.log(test["SalePrice"]) - np.log(pred)
print("residual sd (log):", resid.std().round(3))
print(test.assign(resid=resid).groupby("Neighborhood")["resid"].mean().sort_values().round(3).head(8))
