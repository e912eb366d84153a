"""Hourly pickup demand per taxi zone, evaluated on zones the model never saw.

The question from ops: can one model cover zones we add to the dispatch
system next quarter? So hold out a set of zones entirely, train on the other
zones before the cutoff and score the held-out zones after it.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance

CUTOFF = pd.Timestamp("2023-10-01")
rng = np.random.default_rng(2024)

trips = pd.read_parquet("yellow_tripdata_2023.parquet", columns=["tpep_pickup_datetime", "PULocationID"])
trips["pickup_hour"] = trips["tpep_pickup_datetime"].dt.floor("h")

demand = (
    trips.groupby(["PULocationID", "pickup_hour"]).size().rename("pickups").reset_index()
    .rename(columns={"PULocationID": "zone"})
)
full_index = pd.MultiIndex.from_product(
    [demand["zone"].unique(), pd.date_range(demand["pickup_hour"].min(), demand["pickup_hour"].max(), freq="h")],
    names=["zone", "pickup_hour"],
)
demand = demand.set_index(["zone", "pickup_hour"]).reindex(full_index, fill_value=0).reset_index()
demand = demand.sort_values(["zone", "pickup_hour"]).reset_index(drop=True)

by_zone = demand.groupby("zone")["pickups"]
for lag in (1, 2, 24, 168):
    demand[f"lag_{lag}"] = by_zone.shift(lag)
demand["roll24"] = by_zone.transform(lambda s: s.shift(1).rolling(24).mean())
demand["roll168"] = by_zone.transform(lambda s: s.shift(1).rolling(168).mean())
demand["hour"] = demand["pickup_hour"].dt.hour
demand["dow"] = demand["pickup_hour"].dt.dayofweek
demand = demand.dropna()

zones = demand["zone"].unique()
holdout_zones = rng.choice(zones, size=int(0.2 * len(zones)), replace=False)
is_holdout = demand["zone"].isin(holdout_zones)

train = demand[~is_holdout & (demand["pickup_hour"] < CUTOFF)]
test = demand[is_holdout & (demand["pickup_hour"] >= CUTOFF)]
print(f"train zones={train['zone'].nunique()} rows={len(train)}; test zones={test['zone'].nunique()} rows={len(test)}")

features = ["lag_1", "lag_2", "lag_24", "lag_168", "roll24", "roll168", "hour", "dow"]
model = HistGradientBoostingRegressor(loss="poisson", max_iter=400, learning_rate=0.06, random_state=0)
model.fit(train[features], train["pickups"])
pred = np.clip(model.predict(test[features]), 1e-6, None)

baseline_pred = test["lag_168"].clip(lower=1e-6)
print("model    MAE %.3f  Poisson dev %.3f" % (mean_absolute_error(test["pickups"], pred),
                                              mean_poisson_deviance(test["pickups"], pred)))
print("baseline MAE %.3f  Poisson dev %.3f  (same hour last week)" % (
    mean_absolute_error(test["pickups"], baseline_pred), mean_poisson_deviance(test["pickups"], baseline_pred)))
