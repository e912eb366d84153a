# Claim cost take-home -- statsmodels Tweedie GLM with credibility-weighted
# territory / brand relativities.
#
# region and vehicle_brand have many levels with very few claims each, so instead of
# dummies I replace them with a smoothed loss cost per level (classic rating-factor trick).

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_tweedie_deviance, mean_absolute_error

P = 1.5
K_CRED = 50.0  # exposure-years at which a level gets ~50% credibility

raw = pd.read_csv("train.csv")
raw = raw[raw.exposure > 0].reset_index(drop=True)
raw["exposure"] = raw.exposure.clip(upper=1.0)
raw["pure_premium"] = raw.claim_cost / raw.exposure
print(raw.shape)
print(raw.groupby("region").exposure.sum().sort_values().head())


def smoothed_rate(frame, col, k=K_CRED):
    """exposure-credibility blend of the level loss cost with the portfolio loss cost"""
    overall = frame.claim_cost.sum() / frame.exposure.sum()
    agg = frame.groupby(col).agg(cost=("claim_cost", "sum"), expo=("exposure", "sum"))
    z = agg.expo / (agg.expo + k)
    return z * (agg.cost / agg.expo) + (1 - z) * overall, overall


rates = {}
for c in ["region", "vehicle_brand"]:
    tab, overall = smoothed_rate(raw, c)
    rates[c] = tab
    raw[c + "_rate"] = raw[c].map(tab).fillna(overall)
    raw["log_" + c + "_rate"] = np.log(raw[c + "_rate"].clip(lower=1.0))

raw["log_density"] = np.log1p(raw.density)
raw["young"] = (raw.driver_age < 25).astype(int)
raw["old_car"] = (raw.vehicle_age > 12).astype(int)
raw["bm_capped"] = raw.bonus_malus.clip(upper=150)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
idx_train, idx_test = next(splitter.split(raw, groups=raw.policy_id))
train, test = raw.iloc[idx_train].copy(), raw.iloc[idx_test].copy()
print("train", train.shape, "test", test.shape,
      "overlap policies:", len(set(train.policy_id) & set(test.policy_id)))

formula = ("pure_premium ~ log_region_rate + log_vehicle_brand_rate + bm_capped + young"
           " + driver_age + old_car + vehicle_power + log_density + C(fuel_type)")

fam = sm.families.Tweedie(var_power=P, link=sm.families.links.Log())
glm = smf.glm(formula, data=train, family=fam, var_weights=train.exposure).fit()
print(glm.summary())


def evaluate(model, frame, label):
    pp_hat = model.predict(frame)
    dev = mean_tweedie_deviance(frame.pure_premium, pp_hat, sample_weight=frame.exposure, power=P)
    cost_hat = pp_hat * frame.exposure
    mae = mean_absolute_error(frame.claim_cost, cost_hat)
    ratio = cost_hat.sum() / frame.claim_cost.sum()
    print(f"[{label}] tweedie deviance {dev:.2f} | MAE on cost {mae:.2f} | predicted/actual {ratio:.3f}")
    return dev


d_tr = evaluate(glm, train, "train")
d_te = evaluate(glm, test, "test")

# quick check of the banding of bonus-malus, does the log-linear shape hold?
test["pp_hat"] = glm.predict(test)
test["bm_band"] = pd.cut(test.bm_capped, [49, 60, 80, 100, 150])
check = test.groupby("bm_band", observed=True).apply(
    lambda g: pd.Series({"actual": g.claim_cost.sum() / g.exposure.sum(),
                         "fitted": np.average(g.pp_hat, weights=g.exposure),
                         "expo": g.exposure.sum()}))
print(check.round(2))

# relativities for the memo
print(np.exp(glm.params).round(3))
