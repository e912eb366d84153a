"""Does the rainfall response differ between fields? Random slopes + LRT, then out-of-sample check.

All model comparison is done on the fitting part (fields in the training set, seasons before the
last one). The chosen model is then scored once on the final season of held-out fields, next to a
region-mean baseline.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv").drop(columns=["harvest_grade", "harvest_moisture_pct"])
test = pd.read_csv("test.csv")
for frame in (df, test):
    frame["rain_c"] = (frame["rainfall_mm"] - 450.0) / 100.0
    frame["n_c"] = (frame["n_fert_kg"] - 150.0) / 50.0
df = df.dropna(subset=["rain_c", "n_c", "gdd"])

last = df["season"].max()
rng = np.random.default_rng(4)
fields = df["field_id"].unique()
held = set(rng.choice(fields, size=len(fields) // 5, replace=False))
fit_df = df[(df.season < last) & ~df.field_id.isin(held)]
eval_df = df[(df.season == last) & df.field_id.isin(held)]

FIXED = "yield_t_ha ~ n_c + I(n_c ** 2) + rain_c + I(rain_c ** 2) + gdd + irrigated + C(variety) + C(region)"

m0 = smf.mixedlm(FIXED, fit_df, groups=fit_df["field_id"]).fit(reml=True)
m1 = smf.mixedlm(FIXED, fit_df, groups=fit_df["field_id"], re_formula="~rain_c").fit(reml=True)
m2 = smf.mixedlm(FIXED, fit_df, groups=fit_df["field_id"], re_formula="~rain_c + n_c").fit(reml=True)

# same fixed effects -> REML likelihoods are comparable; boundary-corrected mixture p-values
def lrt(small, big, k_extra):
    lr = 2 * (big.llf - small.llf)
    p = 0.5 * stats.chi2.sf(lr, k_extra - 1) + 0.5 * stats.chi2.sf(lr, k_extra)
    return lr, p

lr1, p1 = lrt(m0, m1, 2)
lr2, p2 = lrt(m1, m2, 3)
print(f"intercept -> +rain slope: LR={lr1:.2f} p={p1:.4f}")
print(f"+rain slope -> +N slope:   LR={lr2:.2f} p={p2:.4f}")

chosen, re_formula = m0, None
if p1 < 0.05:
    chosen, re_formula = m1, "~rain_c"
    if p2 < 0.05:
        chosen, re_formula = m2, "~rain_c + n_c"
print("chosen random part:", re_formula or "intercept only")
print(chosen.cov_re.round(4))

# scored once on held-out fields / final season (fixed part, since these fields are new)
pred = chosen.predict(eval_df)
region_mean = fit_df.groupby("region")["yield_t_ha"].mean()
baseline = eval_df["region"].map(region_mean).fillna(fit_df["yield_t_ha"].mean())
for name, p in [("baseline region mean", baseline), ("mixedlm", pred)]:
    print(f"{name:22s} RMSE {mean_squared_error(eval_df.yield_t_ha, p) ** 0.5:.3f}"
          f"  MAE {mean_absolute_error(eval_df.yield_t_ha, p):.3f}")

final = smf.mixedlm(FIXED, df, groups=df["field_id"], re_formula=re_formula).fit(reml=True)
test["prediction"] = final.predict(test)
test[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
