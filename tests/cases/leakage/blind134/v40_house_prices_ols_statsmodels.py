"""House Prices - interpretable log-log OLS with statsmodels.

Goal: understand which characteristics drive price, and how well a simple
linear model explains prices.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
import matplotlib.pyplot as plt

df = pd.read_csv("data/house-prices/train.csv")
df = df[df["GrLivArea"] < 4500].copy()

df["log_price"] = np.log(df["SalePrice"])
df["log_area"] = np.log(df["GrLivArea"])
df["log_lot"] = np.log(df["LotArea"])
df["total_bsmt"] = df["TotalBsmtSF"].fillna(0)
df["garage_cars"] = df["GarageCars"].fillna(0)
df["age"] = df["YrSold"] - df["YearBuilt"]
df["remodelled"] = (df["YearRemodAdd"] > df["YearBuilt"]).astype(int)
df["has_fireplace"] = (df["Fireplaces"] > 0).astype(int)
df["central_air"] = (df["CentralAir"] == "Y").astype(int)

formula = ("log_price ~ log_area + log_lot + OverallQual + OverallCond + age + remodelled"
           " + total_bsmt + garage_cars + has_fireplace + central_air + C(Neighborhood)"
           " + C(MSZoning) + C(SaleCondition)")
model = smf.ols(formula, data=df).fit(cov_type="HC3")
print(model.summary())

df["fitted"] = model.fittedvalues
df["resid"] = model.resid
rmse = np.sqrt(np.mean(df["resid"] ** 2))
print(f"R2 = {model.rsquared:.4f}, adj. R2 = {model.rsquared_adj:.4f}, RMSE(log) = {rmse:.4f}")

coefs = model.params.drop("Intercept")
main = coefs[[c for c in coefs.index if not c.startswith("C(")]]
print("\nEffect of main numeric terms (approx. % change in price):")
print((100 * (np.exp(main) - 1)).round(2).to_string())

fig, axes = plt.subplots(1, 2, figsize=(12, 4))
axes[0].scatter(df["fitted"], df["resid"], s=5)
axes[0].axhline(0, color="r")
axes[0].set_xlabel("fitted log price")
axes[0].set_ylabel("residual")
axes[1].hist(df["resid"], bins=50)
axes[1].set_title("residuals")
plt.tight_layout()
plt.savefig("ols_residuals.png", dpi=120)
