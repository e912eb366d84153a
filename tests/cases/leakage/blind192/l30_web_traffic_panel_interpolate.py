"""Wikipedia web traffic - global LightGBM over many pages.

Input: train_2.csv from the Kaggle "Web Traffic Time Series Forecasting"
competition (wide: one row per page, one column per day).  We sample 2,000
pages, go to long format and forecast the last 62 days.
"""
import re

import lightgbm as lgb
import numpy as np
import pandas as pd

N_PAGES = 2000
HORIZON = 62
SEED = 0


def smape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    denom = (np.abs(a) + np.abs(f)) / 2
    out = np.where(denom == 0, 0.0, np.abs(a - f) / denom)
    return 100 * out.mean()


wide = pd.read_csv("train_2.csv").sample(N_PAGES, random_state=SEED)
long = wide.melt(id_vars="Page", var_name="date", value_name="views")
long["date"] = pd.to_datetime(long["date"])
long = long.sort_values(["Page", "date"]).reset_index(drop=True)

# page metadata lives in the name: <article>_<project>_<access>_<agent>
parts = long["Page"].str.extract(r"^(.*)_([a-z][a-z\-]*\.\w+\.org)_([a-z\-]+)_([a-z\-]+)$")
long["project"] = parts[1].str[:2]
long["access"] = parts[2]
long["agent"] = parts[3]

# a lot of holes: days where the counter was down or the page did not exist yet.
# fill them by linear interpolation inside each page, both directions at the edges
long["views"] = long.groupby("Page")["views"].transform(
    lambda s: s.interpolate(limit_direction="both"))
long = long.dropna(subset=["views"])
long["y"] = np.log1p(long["views"])

g = long.groupby("Page")["y"]
for lag in (7, 14, 21, 28):
    long[f"lag_{lag}"] = g.shift(lag)
long["median_prev_28"] = g.transform(lambda s: s.shift(7).rolling(28, min_periods=7).median())
long["dow"] = long["date"].dt.dayofweek
for c in ("project", "access", "agent"):
    long[c] = long[c].astype("category")

FEATURES = ["dow", "project", "access", "agent", "lag_7", "lag_14", "lag_21", "lag_28", "median_prev_28"]
long = long.dropna(subset=["lag_28"])

cutoff = long["date"].max() - pd.Timedelta(days=HORIZON)
train = long[long["date"] <= cutoff]
test = long[long["date"] > cutoff]
print(f"train {train.shape}, test {test.shape}, cutoff {cutoff.date()}")

model = lgb.LGBMRegressor(objective="l1", n_estimators=600, learning_rate=0.05,
                          num_leaves=63, min_child_samples=50, verbose=-1, random_state=SEED)
model.fit(train[FEATURES], train["y"])

pred = np.expm1(model.predict(test[FEATURES])).clip(0)
naive = np.expm1(test["lag_7"])   # baseline: value one week earlier

print("SMAPE baseline (lag 7): %.2f" % smape(test["views"], naive))
print("SMAPE lightgbm        : %.2f" % smape(test["views"], pred))

by_access = test.assign(pred=pred).groupby("access", observed=True).apply(
    lambda d: smape(d["views"], d["pred"]))
print(by_access.round(2))
