"""Hedonic regression of log sale price – full-sample fit.

Reports the in-sample fit and writes predictions for test.csv.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

FORMULA = (
    "np.log(sale_price) ~ np.log(sqft) + np.log1p(lot_sqft) + bedrooms + bathrooms"
    " + age + I(age ** 2) + C(property_type) + C(condition_grade) + C(zip_code)"
    " + trend + np.log(asking_price)"
)


def prepare(frame):
    frame = frame.copy()
    frame["age"] = frame.sale_date.dt.year - frame.year_built
    frame["trend"] = (frame.sale_date - pd.Timestamp("2015-01-01")).dt.days / 365.25
    frame["zip_code"] = frame.zip_code.astype(str)
    return frame


sales = prepare(pd.read_csv("train.csv", parse_dates=["sale_date"]))
sales = sales[(sales.sale_price > 20_000) & (sales.sqft > 300)]

res = smf.ols(FORMULA, data=sales).fit(cov_type="cluster", cov_kwds={"groups": sales["property_id"]})
print(res.summary())

fitted = np.exp(res.fittedvalues)
ape = (fitted - sales.sale_price).abs() / sales.sale_price
print("\nR2           :", round(res.rsquared, 4))
print("MdAPE        :", round(ape.median(), 4))
print("PE10 (<=10%) :", round((ape <= 0.10).mean(), 3))
print("PE20 (<=20%) :", round((ape <= 0.20).mean(), 3))

# size elasticity and yearly appreciation implied by the model
print("sqft elasticity      :", round(res.params["np.log(sqft)"], 3))
print("annual appreciation  :", f"{np.expm1(res.params['trend']):.2%}")

test = prepare(pd.read_csv("test.csv", parse_dates=["sale_date"]))
test.loc[~test.zip_code.isin(sales.zip_code.unique()), "zip_code"] = sales.zip_code.mode()[0]
test.loc[~test.condition_grade.isin(sales.condition_grade.unique()), "condition_grade"] = sales.condition_grade.mode()[0]
test["prediction"] = np.exp(res.predict(test))
test[["sale_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved predictions.csv", test.shape)
