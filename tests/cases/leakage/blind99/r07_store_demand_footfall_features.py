#!/usr/bin/env python
"""Store demand: HGB with footfall signals.

Footfall counters are missing for some weeks (sensor outages), so I fill the gaps
per store and build a footfall momentum feature.
Evaluation = stores that opened after the cutoff, weeks after the cutoff.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

CUTOFF = pd.Timestamp("2023-07-01")
TARGET = "weekly_units"

df = pd.read_csv("train.csv", parse_dates=["week_start", "store_open_date"])
test_df = pd.read_csv("test.csv", parse_dates=["week_start", "store_open_date"])
print(df.shape, test_df.shape)
print("missing footfall share:", df["footfall"].isna().mean().round(3))


def build(d):
    d = d.sort_values(["store_id", "week_start"]).copy()
    g = d.groupby("store_id")
    # sensor gaps: take the next available reading of the same store
    d["footfall"] = g["footfall"].bfill()
    g = d.groupby("store_id")
    d["footfall_next"] = g["footfall"].shift(-1)
    d["footfall_momentum"] = d["footfall_next"] - d["footfall"]
    d["conversion_proxy"] = d["promo_flag"] * d["footfall"]
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["weeks_open"] = (d["week_start"] - d["store_open_date"]).dt.days // 7
    d["is_q4"] = d["week_start"].dt.quarter.eq(4).astype(int)
    return d


df = build(df)
test_df = build(test_df)

FEATS = ["price", "promo_flag", "holiday_week", "store_size_sqm", "competitor_distance_km",
         "footfall", "footfall_next", "footfall_momentum", "conversion_proxy",
         "woy", "weeks_open", "is_q4"]

train = df[df["week_start"] < CUTOFF]
evaluation = df[df["week_start"] >= CUTOFF]
evaluation = evaluation[~evaluation["store_id"].isin(train["store_id"].unique())]
print(f"train {len(train)} rows / {train['store_id'].nunique()} stores; "
      f"eval {len(evaluation)} rows / {evaluation['store_id'].nunique()} new stores")

baseline = DummyRegressor(strategy="mean").fit(train[FEATS], train[TARGET])
model = HistGradientBoostingRegressor(max_iter=700, learning_rate=0.03, max_leaf_nodes=31, random_state=42)
model.fit(train[FEATS], train[TARGET])

for name, m in (("baseline", baseline), ("hgb", model)):
    p = m.predict(evaluation[FEATS])
    print(name, "MAE", round(mean_absolute_error(evaluation[TARGET], p), 2),
          "MAPE", round(mean_absolute_percentage_error(evaluation[TARGET], p), 3))

model.fit(df[FEATS], df[TARGET])
pd.DataFrame({"row_id": test_df["row_id"], "prediction": model.predict(test_df[FEATS]).clip(min=0)}) \
    .to_csv("predictions.csv", index=False)
