# Building energy use take-home
# target: site_eui (site energy use intensity, kBtu / sq ft / year), one row per building

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
import statsmodels.formula.api as smf

bldg = pd.read_csv("train.csv")
print(bldg.shape)
print(bldg.describe().T)

# --- EDA ---
fig, axes = plt.subplots(1, 3, figsize=(16, 4))
sns.histplot(bldg["site_eui"], bins=60, ax=axes[0])
sns.scatterplot(data=bldg, x="floor_area", y="site_eui", alpha=0.3, ax=axes[1])
axes[1].set_xscale("log")
sns.boxplot(data=bldg, x="facility_type_group", y="site_eui", ax=axes[2])
axes[2].tick_params(axis="x", rotation=45)
plt.tight_layout()
plt.savefig("eda.png")

bldg["log_area"] = np.log(bldg["floor_area"])
bldg["age"] = 2024 - bldg["year_built"].clip(lower=1850)
bldg["cooling_dd"] = bldg["cooling_degree_days"]
bldg["heating_dd"] = bldg["heating_degree_days"]
bldg = bldg.dropna(subset=["age", "energy_star_rating"])

formula = ("site_eui ~ log_area + age + I(age**2) + energy_star_rating + cooling_dd + heating_dd"
           " + C(facility_type_group) + C(state_factor)")
ols = smf.ols(formula, data=bldg).fit()
print(ols.summary())

fitted = ols.fittedvalues
resid = bldg["site_eui"] - fitted
rmse = np.sqrt(np.mean(resid ** 2))
print(f"R^2 = {ols.rsquared:.3f}, adj R^2 = {ols.rsquared_adj:.3f}, RMSE = {rmse:.2f}")

plt.figure(figsize=(5, 5))
plt.scatter(fitted, bldg["site_eui"], s=4, alpha=0.3)
plt.plot([0, 400], [0, 400], "r--")
plt.xlabel("fitted"); plt.ylabel("actual")
plt.savefig("fitted_vs_actual.png")

# Energy star rating and facility type explain most of the variance; each extra 1,000 heating
# degree days adds about 6 kBtu/sq ft.
