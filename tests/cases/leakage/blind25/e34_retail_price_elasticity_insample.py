"""Price elasticity of weekly unit sales for the 1L orange juice SKU.

Log-log regression of units on own price, competitor price and promotion
flags, with last week's units to absorb stockpiling.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score

sku = pd.read_csv("oj_1l_weekly.csv", parse_dates=["week_start"])
sku = sku.sort_values("week_start").set_index("week_start")
sku = sku[sku["units"] > 0]

sku["log_units"] = np.log(sku["units"])
sku["log_price"] = np.log(sku["price"])
sku["log_comp_price"] = np.log(sku["competitor_price"])
sku["log_units_prev"] = sku["log_units"].shift(1)
sku["price_cut"] = (sku["price"] < sku["price"].shift(1) * 0.95).astype(int)
sku["summer"] = sku.index.month.isin([6, 7, 8]).astype(int)
sku = sku.dropna()

X = sku[["log_price", "log_comp_price", "feature_ad", "display", "price_cut", "summer", "log_units_prev"]]
y = sku["log_units"]

ols = LinearRegression().fit(X, y)
fitted = ols.predict(X)

coef = pd.Series(ols.coef_, index=X.columns)
print("own-price elasticity  :", round(coef["log_price"], 3))
print("cross-price elasticity:", round(coef["log_comp_price"], 3))
print("carry-over (prev week):", round(coef["log_units_prev"], 3))
print(coef.round(3))

print("R2                :", round(r2_score(y, fitted), 3))
print("MAE (log units)   :", round(mean_absolute_error(y, fitted), 3))
print("MAE (units)       :", round(mean_absolute_error(np.exp(y), np.exp(fitted)), 1))

resid = y - fitted
worst = resid.abs().sort_values(ascending=False).head(5)
print("largest misses:\n", sku.loc[worst.index, ["units", "price", "feature_ad", "display"]])
