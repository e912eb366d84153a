"""Crop yield: screening ~60 monthly weather covariates, then a random-intercept model.

Monthly rainfall / temperature / radiation give far more columns than seasons, so I keep the
12 most informative covariates (univariate F-test) before fitting the mixed model.
Evaluation: final season, fields not used for fitting.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "yield_t_ha"
df = pd.read_csv("train.csv").drop(columns=["harvest_grade", "harvest_moisture_pct"])
test = pd.read_csv("test.csv")

weather = [c for c in df.columns if c.startswith(("rain_", "tmax_", "tmin_", "srad_", "vpd_"))]
agro = ["n_fert_kg", "p_fert_kg", "sow_doy", "soil_ph", "soil_om_pct", "irrigated"]
candidates = weather + agro
print(len(weather), "weather covariates")

last = df["season"].max()
rng = np.random.default_rng(31)
fields = df["field_id"].unique()
held = set(rng.choice(fields, size=len(fields) // 5, replace=False))
tr = df[(df.season < last) & ~df.field_id.isin(held)]
va = df[(df.season == last) & df.field_id.isin(held)]

# impute with training medians only
fill = tr[candidates].median()
df[candidates] = df[candidates].fillna(fill)
test[candidates] = test[candidates].fillna(fill)
tr = df.loc[tr.index]
va = df.loc[va.index]

# univariate screen over the full table (more seasons -> more stable F statistics)
selector = SelectKBest(score_func=f_regression, k=12)
selector.fit(df[candidates], df[TARGET])
selected = list(np.array(candidates)[selector.get_support()])
scores = pd.Series(selector.scores_, index=candidates).sort_values(ascending=False)
print("selected:", selected)
print(scores.head(15).round(1))

formula = f"{TARGET} ~ " + " + ".join(selected) + " + C(variety)"
res = smf.mixedlm(formula, tr, groups=tr["field_id"]).fit(reml=True, method="lbfgs")
print(res.summary())

pred = res.predict(va)
baseline = np.full(len(va), tr[TARGET].mean())
for name, p in [("baseline mean", baseline), ("mixedlm top-12", pred)]:
    print(f"{name:16s} RMSE {mean_squared_error(va[TARGET], p) ** 0.5:.3f}  MAE {mean_absolute_error(va[TARGET], p):.3f}")

full = smf.mixedlm(formula, df, groups=df["field_id"]).fit(reml=True, method="lbfgs")
test["prediction"] = full.predict(test)
test[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
