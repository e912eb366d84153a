"""House prices - interpretable log-linear model with bootstrap inference.

The brief asks which property attributes drive price, so this is an
explanatory model: OLS on log price, coefficient CIs from a case bootstrap,
fit quality with bootstrap intervals, and residual diagnostics by segment.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

sales = pd.read_csv("data/house_sales.csv")
sales = sales.drop(columns=["assessed_value_after_sale"])
sales = sales.dropna(subset=["living_area", "lot_area"])
print(sales.shape)

sales["log_living"] = np.log(sales["living_area"])
sales["log_lot"] = np.log(sales["lot_area"])
sales["age"] = 2024 - sales["year_built"]
sales["garage_cars"] = sales["garage_cars"].fillna(0)
design = pd.get_dummies(sales[["log_living", "log_lot", "bedrooms", "bathrooms", "age", "garage_cars",
                               "overall_quality", "has_pool", "neighborhood", "condition"]],
                        columns=["neighborhood", "condition"], drop_first=True, dtype=float)
target = np.log(sales["sale_price"])

ols = LinearRegression().fit(design, target)
mean_model = DummyRegressor(strategy="mean").fit(design, target)
fitted = ols.predict(design)
price_hat = np.exp(fitted)

print(f"R2 (log scale)      {r2_score(target, fitted):.3f}")
print(f"RMSE (log scale)    {mean_squared_error(target, fitted) ** 0.5:.4f}")
print(f"MAE ($)             {mean_absolute_error(sales['sale_price'], price_hat):,.0f}")
print(f"mean-baseline MAE   {mean_absolute_error(sales['sale_price'], np.exp(mean_model.predict(design))):,.0f}")

# case bootstrap: coefficient intervals and fit-quality intervals
rng = np.random.default_rng(123)
B = 500
coefs = np.empty((B, design.shape[1]))
r2s = np.empty(B)
for b in range(B):
    idx = rng.integers(0, len(design), len(design))
    m = LinearRegression().fit(design.iloc[idx], target.iloc[idx])
    coefs[b] = m.coef_
    r2s[b] = r2_score(target.iloc[idx], m.predict(design.iloc[idx]))

ci = pd.DataFrame({
    "coef": ols.coef_,
    "lo": np.percentile(coefs, 2.5, axis=0),
    "hi": np.percentile(coefs, 97.5, axis=0),
}, index=design.columns)
ci["pct_effect"] = (np.exp(ci["coef"]) - 1) * 100
print(ci.sort_values("coef").round(4).to_string())
print(f"R2 95% bootstrap interval: [{np.percentile(r2s, 2.5):.3f}, {np.percentile(r2s, 97.5):.3f}]")

# residual diagnostics by segment
sales["resid"] = target - fitted
sales["abs_pct_err"] = (price_hat - sales["sale_price"]).abs() / sales["sale_price"]
print(sales.groupby("neighborhood")[["resid", "abs_pct_err"]].agg(["mean", "count"]).sort_values(("abs_pct_err", "mean")).tail(10))
print(sales.groupby(pd.qcut(sales["sale_price"], 5))["abs_pct_err"].mean())
