"""Weekly units_sold forecast -- take-home solution.

Approach: gradient boosting on lagged sales + price/promo/calendar.
Output: predictions.csv (row_id, prediction) and a small metrics table.
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

DATA = Path(".")
KEYS = ["store_id", "dept_id"]


def load(name):
    d = pd.read_csv(DATA / name, parse_dates=["week"])
    return d.sort_values(KEYS + ["week"]).reset_index(drop=True)


def add_features(d):
    d = d.copy()
    g = d.groupby(KEYS)["units_sold"]
    d["lag1"] = g.shift(1)
    d["lag2"] = g.shift(2)
    d["lag4"] = g.shift(4)
    d["lag52"] = g.shift(52)
    d["ewm_prev"] = g.transform(lambda s: s.shift(1).ewm(halflife=4).mean())
    d["price_prev"] = d.groupby(KEYS)["price"].shift(1)
    d["price_ratio"] = d["price"] / d["price_prev"]
    d["week_of_year"] = d["week"].dt.isocalendar().week.astype(int)
    return d


FEATURES = ["store_id", "dept_id", "price", "price_ratio", "promo", "holiday_flag",
            "temperature", "lag1", "lag2", "lag4", "lag52", "ewm_prev", "week_of_year"]

hist = load("train.csv")
print(hist.shape, hist["week"].nunique(), "weeks", hist.groupby(KEYS).ngroups, "series")
print(hist[["units_sold", "price", "temperature"]].describe().round(2))
print(hist.groupby("holiday_flag")["units_sold"].mean().round(2))

data = add_features(hist)
data = data.dropna(subset=["lag1", "lag2", "lag4", "ewm_prev", "price_ratio"])
data["lag52"] = data["lag52"].fillna(data["ewm_prev"])
X, y = data[FEATURES], data["units_sold"]

# v1 -- default GBR
gbr = GradientBoostingRegressor(random_state=0)
gbr.fit(X, y)
fitted_v1 = gbr.predict(X)

# v2 -- huber loss (outlier weeks), more trees
gbr = GradientBoostingRegressor(loss="huber", n_estimators=600, learning_rate=0.05, max_depth=4,
                                subsample=0.8, random_state=0)
gbr.fit(X, y)
fitted_v2 = gbr.predict(X)

mean_baseline = np.full(len(y), y.mean())
store_mean_baseline = data.groupby(KEYS)["units_sold"].transform("mean")

def row(name, pred):
    return {
        "model": name,
        "MAE": mean_absolute_error(y, pred),
        "MAPE": mean_absolute_percentage_error(y.clip(lower=1), np.clip(pred, 1, None)),
        "R2": r2_score(y, pred),
    }

table = pd.DataFrame([
    row("baseline: global mean", mean_baseline),
    row("baseline: series mean", store_mean_baseline),
    row("baseline: last week", data["lag1"]),
    row("gbr v1", fitted_v1),
    row("gbr v2 huber", fitted_v2),
]).set_index("model")
print(table.round(3))

imp = pd.Series(gbr.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.round(4))

# forecast the test weeks
fut = load("test.csv")
stack = add_features(pd.concat([hist, fut], ignore_index=True).sort_values(KEYS + ["week"]))
Xf = stack[stack["row_id"].isin(fut["row_id"])].copy()
Xf["lag52"] = Xf["lag52"].fillna(Xf["ewm_prev"])
Xf[FEATURES] = Xf[FEATURES].fillna(0)
out = pd.DataFrame({"row_id": Xf["row_id"], "prediction": np.clip(gbr.predict(Xf[FEATURES]), 0, None)})
out.to_csv("predictions.csv", index=False)
print(out.describe())
