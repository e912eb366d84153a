"""Crop yield: random-intercept model on z-scored covariates.

Covariates are on very different scales (kg/ha, mm, degree days), so they are z-scored before fitting.
Evaluation on the final season for fields not used in fitting; baseline is the training mean.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

NUM = ["n_fert_kg", "p_fert_kg", "rainfall_mm", "gdd", "sow_doy", "soil_ph", "soil_om_pct"]

df = pd.read_csv("train.csv").drop(columns=["harvest_grade", "harvest_moisture_pct"])
test = pd.read_csv("test.csv")

mu, sd = df[NUM].mean(), df[NUM].std()
df[NUM] = (df[NUM] - mu) / sd
test[NUM] = (test[NUM] - mu) / sd
df[NUM] = df[NUM].fillna(0.0)
test[NUM] = test[NUM].fillna(0.0)

last = df["season"].max()
rng = np.random.default_rng(8)
fields = df["field_id"].unique()
held = set(rng.choice(fields, size=int(0.2 * len(fields)), replace=False))
tr = df[(df.season < last) & ~df.field_id.isin(held)]
va = df[(df.season == last) & df.field_id.isin(held)]

formula = ("yield_t_ha ~ n_fert_kg + I(n_fert_kg ** 2) + p_fert_kg + rainfall_mm + I(rainfall_mm ** 2)"
           " + gdd + sow_doy + soil_ph + soil_om_pct + irrigated + C(variety)")
md = smf.mixedlm(formula, tr, groups=tr["field_id"], vc_formula={"region": "0 + C(region)"})
res = md.fit(reml=True, method="lbfgs")
print(res.summary())

effects = res.fe_params.drop("Intercept").sort_values(key=np.abs, ascending=False)
print("\nlargest standardized effects:\n", effects.head(8).round(3))

pred = res.predict(va)
base = np.full(len(va), tr["yield_t_ha"].mean())
print(f"\nbaseline  RMSE {mean_squared_error(va.yield_t_ha, base) ** 0.5:.3f}")
print(f"mixedlm   RMSE {mean_squared_error(va.yield_t_ha, pred) ** 0.5:.3f}"
      f"  MAE {mean_absolute_error(va.yield_t_ha, pred):.3f}  R2 {r2_score(va.yield_t_ha, pred):.3f}")

full = smf.mixedlm(formula, df, groups=df["field_id"], vc_formula={"region": "0 + C(region)"}).fit(
    reml=True, method="lbfgs")
test["prediction"] = full.predict(test)
test[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
