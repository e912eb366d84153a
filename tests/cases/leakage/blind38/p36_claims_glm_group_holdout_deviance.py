# Claims frequency take-home: classical actuarial Poisson GLM (statsmodels)
#
# log E[claims] = log(exposure) + x'beta, fitted with an exposure offset.
# Compared with the intercept-only model as the baseline.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import mean_poisson_deviance
from sklearn.model_selection import GroupShuffleSplit

df = pd.read_csv("train.csv")
df["age_band"] = pd.cut(df["driver_age"], bins=[17, 22, 26, 30, 40, 50, 60, 70, 110]).astype(str)
df["veh_age_band"] = pd.cut(df["vehicle_age"], bins=[-1, 1, 4, 10, 100]).astype(str)
df["log_density"] = np.log(df["density"].clip(lower=1))
df["bm_capped"] = df["bonus_malus"].clip(upper=150)
df["log_exposure"] = np.log(df["exposure"])

FORMULA = ("claim_count ~ C(age_band) + C(veh_age_band) + C(fuel) + C(region)"
           " + vehicle_power + bm_capped + log_density")
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=3)
fit_idx, score_idx = next(splitter.split(df, groups=df["policyholder_id"]))
fit_df = df.iloc[fit_idx]
score_df = df.iloc[score_idx]  # unseen policyholders
glm = smf.glm(FORMULA, data=fit_df, family=sm.families.Poisson(),
              offset=fit_df["log_exposure"]).fit()
print(glm.summary())

baseline = smf.glm("claim_count ~ 1", data=fit_df, family=sm.families.Poisson(),
                   offset=fit_df["log_exposure"]).fit()

mu_model = glm.predict(score_df, offset=score_df["log_exposure"])
mu_base = baseline.predict(score_df, offset=score_df["log_exposure"])
d_model = mean_poisson_deviance(score_df["claim_count"], mu_model)
d_base = mean_poisson_deviance(score_df["claim_count"], mu_base)
print(f"mean Poisson deviance  baseline (intercept only): {d_base:.4f}")
print(f"mean Poisson deviance  GLM:                       {d_model:.4f}")
print(f"deviance explained: {1 - d_model / d_base:.2%}")

# relativities for the memo
rel = np.exp(glm.params.filter(like="age_band"))
rel.plot.bar(title="driver age-band relativities vs reference band")
plt.axhline(1, color="k", lw=0.8)
plt.tight_layout()
plt.savefig("age_relativities.png")

# observed vs expected by region
oe = (score_df.assign(expected=mu_model).groupby("region")[["claim_count", "expected"]].sum())
oe["O/E"] = oe["claim_count"] / oe["expected"]
print(oe.sort_values("O/E"))
