"""Which survey factors explain national life-satisfaction scores?

An explanatory model: drop near-constant indicators, keep the ones a Lasso
finds useful, then fit an OLS-style linear model on the kept columns and
report how much of the variation they explain.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel, VarianceThreshold
from sklearn.linear_model import Lasso, LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.preprocessing import StandardScaler

survey = pd.read_csv("data/world_happiness_survey_indicators.csv")
survey = survey.dropna(subset=["life_ladder"])
indicator_cols = [c for c in survey.columns if c.startswith("ind_")]
survey[indicator_cols] = survey[indicator_cols].fillna(0)

X_raw = survey[indicator_cols].to_numpy()
y = survey["life_ladder"].to_numpy()

vt = VarianceThreshold(threshold=1e-3)
X_var = vt.fit_transform(X_raw)
cols_var = np.array(indicator_cols)[vt.get_support()]

scaler = StandardScaler()
X_std = scaler.fit_transform(X_var)

lasso = Lasso(alpha=0.02, max_iter=20000).fit(X_std, y)
selector = SelectFromModel(lasso, prefit=True, threshold=1e-4)
X_sel = selector.transform(X_std)
kept = cols_var[selector.get_support()]
print(f"{len(indicator_cols)} indicators -> {len(cols_var)} after variance filter -> {len(kept)} kept by lasso")

ols = LinearRegression().fit(X_sel, y)
fitted = ols.predict(X_sel)
print(f"R^2 = {r2_score(y, fitted):.3f}")
print(f"MAE = {mean_absolute_error(y, fitted):.3f} ladder points")

effects = pd.Series(ols.coef_, index=kept).sort_values(key=np.abs, ascending=False)
print("\nstandardised effects (ladder points per SD):")
print(effects.round(3).to_string())
