# Pet insurance pure premium - HistGradientBoosting with Poisson loss.
# Weight is missing for ~15% of pet-years (owners skip it at renewal); fill it from the same
# pet's earlier records (last known weight) before falling back to a species default.

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_poisson_deviance

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print("missing weight share:", round(df.weight_kg.isna().mean(), 3))

SPECIES_DEFAULT_KG = {"dog": 18.0, "cat": 4.5, "rabbit": 2.0}

df = df.sort_values(["pet_id", "policy_year"]).reset_index(drop=True)
df["weight_kg"] = df.groupby("pet_id")["weight_kg"].ffill()
for d in (df, test):
    d["weight_kg"] = d["weight_kg"].fillna(d["species"].map(SPECIES_DEFAULT_KG))

CATS = ["species", "breed", "plan_tier", "postcode_area"]
NUMS = ["pet_age", "weight_kg", "excess", "annual_limit", "vet_price_index", "neutered", "microchipped"]
for d in (df, test):
    for c in CATS:
        d[c] = d[c].astype("category")
FEATS = NUMS + CATS

last = df.policy_year.max()
tr = df[df.policy_year < last]
te = df[df.policy_year == last]
print("train years:", sorted(tr.policy_year.unique()), "test year:", last)

pp_tr = tr.loss_cost / tr.exposure
pp_te = te.loss_cost / te.exposure

model = HistGradientBoostingRegressor(loss="poisson", learning_rate=0.04, max_iter=500,
                                      max_leaf_nodes=20, min_samples_leaf=150,
                                      l2_regularization=2.0, categorical_features="from_dtype",
                                      random_state=21)
model.fit(tr[FEATS], pp_tr, sample_weight=tr.exposure)
pred = model.predict(te[FEATS])


def gini_index(actual, pred, weight):
    idx = np.argsort(pred)
    w = np.cumsum(weight[idx]) / weight.sum()
    a = np.cumsum((actual * weight)[idx]) / (actual * weight).sum()
    return 1 - 2 * np.trapz(a, w)


print("test Poisson deviance: %.3f" % mean_poisson_deviance(pp_te, pred, sample_weight=te.exposure))
print("test Gini: %.3f" % gini_index(pp_te.values, pred, te.exposure.values))

# loss ratio style check per plan tier
chk = te.assign(pred_loss=pred * te.exposure).groupby("plan_tier", observed=True)[["loss_cost", "pred_loss"]].sum()
chk["A/E"] = chk.loss_cost / chk.pred_loss
print(chk.round(3))

model.fit(df[FEATS], df.loss_cost / df.exposure, sample_weight=df.exposure)
test["prediction"] = model.predict(test[FEATS]) * test.exposure
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
