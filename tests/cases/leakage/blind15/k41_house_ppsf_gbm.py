"""
House prices -- gradient boosting with a neighbourhood price-per-sqft anchor.

Appraisers price a house as (local $/sqft) x sqft, adjusted. I give the model
exactly that anchor: the median price per square foot of the neighbourhood,
and let boosting learn the adjustments. Target: log price, back-transformed
with a smearing factor. Validation: chronological (last 20% of sales).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score

df = pd.read_csv("train.csv")
df["sale_date"] = pd.to_datetime(df["sale_date"])
df = df.sort_values("sale_date").reset_index(drop=True)

df["ppsf"] = df["price"] / df["sqft"]
nb = df.groupby("neighbourhood")["ppsf"].agg(["median", "count"])
print(nb.sort_values("median").round(1))
df["nb_ppsf"] = df["neighbourhood"].map(nb["median"])
df["anchor_price"] = df["nb_ppsf"] * df["sqft"]
df["log_anchor"] = np.log(df["anchor_price"])

df["age_at_sale"] = df["sale_date"].dt.year - df["year_built"]
df["sale_year_frac"] = df["sale_date"].dt.year + df["sale_date"].dt.dayofyear / 365.25

FEATS = ["log_anchor", "sqft", "bedrooms", "lot_size", "age_at_sale", "sale_year_frac"]

cut = df["sale_date"].quantile(0.8)
train = df[df["sale_date"] < cut]
test = df[df["sale_date"] >= cut]
print(len(train), len(test), "cut", cut.date())

gbr = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                    min_samples_leaf=30, l2_regularization=0.5,
                                    early_stopping=False, random_state=0)
gbr.fit(train[FEATS], np.log(train["price"]))
res = np.log(train["price"]) - gbr.predict(train[FEATS])
smear = np.exp(res).mean()

pred = np.exp(gbr.predict(test[FEATS])) * smear
base = DummyRegressor(strategy="mean").fit(train[FEATS], train["price"]).predict(test[FEATS])

y = test["price"].to_numpy()
print(f"model     MAE {mean_absolute_error(y, pred):,.0f}  MedAE {median_absolute_error(y, pred):,.0f}  R2 {r2_score(y, pred):.3f}")
print(f"baseline  MAE {mean_absolute_error(y, base):,.0f}  MedAE {median_absolute_error(y, base):,.0f}  R2 {r2_score(y, base):.3f}")

rel_err = (pred - y) / y
plt.hist(rel_err, bins=60); plt.xlabel("relative error"); plt.savefig("rel_err.png")
print("share within 10%:", np.mean(np.abs(rel_err) < 0.10).round(3))

rng = np.random.default_rng(2)
boot = [mean_absolute_error(y[i], pred[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(1000))]
print("MAE 95% CI", np.round(np.percentile(boot, [2.5, 97.5]), 0))
