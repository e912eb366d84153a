"""
Energy efficiency of residential buildings (UCI ENB2012, Tsanas & Xifara 2012).

Explain the heating load (Y1) from the building's geometry with an OLS model.
X1 relative compactness, X2 surface area, X3 wall area, X4 roof area,
X5 overall height, X6 orientation, X7 glazing area, X8 glazing area distribution.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from statsmodels.stats.outliers_influence import variance_inflation_factor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

NAMES = {
    "X1": "compactness", "X2": "surface_area", "X3": "wall_area", "X4": "roof_area",
    "X5": "height", "X6": "orientation", "X7": "glazing_area",
    "X8": "glazing_dist", "Y1": "heating_load", "Y2": "cooling_load",
}

df = pd.read_excel("ENB2012_data.xlsx").rename(columns=NAMES)
df = df.dropna(how="all").dropna(axis=1, how="all")
print(df.describe().T)

# orientation and glazing distribution are categorical codes
df["orientation"] = df["orientation"].astype(int).astype(str)
df["glazing_dist"] = df["glazing_dist"].astype(int).astype(str)

# --- multicollinearity check on the geometric variables ---------------------
geo = sm.add_constant(df[["compactness", "surface_area", "wall_area", "roof_area", "height"]])
vif = pd.Series(
    [variance_inflation_factor(geo.values, i) for i in range(geo.shape[1])],
    index=geo.columns,
)
print("VIF:\n", vif.round(1))

# surface area is (almost) a linear combination of wall and roof area -> drop it
formula = (
    "heating_load ~ compactness + wall_area + roof_area + height"
    " + glazing_area + C(orientation) + C(glazing_dist)"
)
ols = smf.ols(formula, data=df).fit()
print(ols.summary())

fitted = ols.fittedvalues
print(f"R^2  : {r2_score(df['heating_load'], fitted):.4f}")
print(f"RMSE : {np.sqrt(mean_squared_error(df['heating_load'], fitted)):.3f} kWh/m2")
print(f"MAE  : {mean_absolute_error(df['heating_load'], fitted):.3f} kWh/m2")

# quadratic glazing term
ols2 = smf.ols(formula + " + I(glazing_area ** 2)", data=df).fit()
print(f"R^2 with glazing^2: {ols2.rsquared:.4f}, AIC {ols.aic:.1f} -> {ols2.aic:.1f}")

resid = ols2.resid
print("residual skew:", round(resid.skew(), 3), "kurtosis:", round(resid.kurt(), 3))
