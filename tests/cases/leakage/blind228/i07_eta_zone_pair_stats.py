#!/usr/bin/env python
"""ETA model with zone-level statistics.

Route-level history is the strongest signal for travel time in a city: the same
pickup->dropoff pair takes roughly the same time at the same hour. I encode that with
per-(pickup, dropoff) and per-(pickup zone, hour) statistics and feed them to a
HistGradientBoostingRegressor.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

TARGET = "trip_duration_sec"
MIN_COUNT = 10


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--holdout-days", type=int, default=14)
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def basic_features(df):
    out = df.copy()
    out["hour"] = out["request_time"].dt.hour
    out["dow"] = out["request_time"].dt.dayofweek
    out["speed_kmh"] = out["est_distance_km"] / (out[TARGET] / 3600)
    out["route"] = out["pickup_zone"].astype(str) + "_" + out["dropoff_zone"].astype(str)
    return out


def zone_stats(df):
    """Route and zone/hour statistics (smoothed towards the global value)."""
    glob_dur = df[TARGET].median()
    glob_speed = df["speed_kmh"].median()

    g = df.groupby("route")
    cnt = g[TARGET].transform("count")
    w = cnt / (cnt + MIN_COUNT)
    df["route_med_dur"] = w * g[TARGET].transform("median") + (1 - w) * glob_dur
    df["route_med_speed"] = w * g["speed_kmh"].transform("median") + (1 - w) * glob_speed
    df["route_n"] = cnt

    g2 = df.groupby(["pickup_zone", "hour"])
    cnt2 = g2[TARGET].transform("count")
    w2 = cnt2 / (cnt2 + MIN_COUNT)
    df["pz_hour_speed"] = w2 * g2["speed_kmh"].transform("median") + (1 - w2) * glob_speed
    df["pz_hour_std"] = g2[TARGET].transform("std").fillna(df[TARGET].std())

    # expected duration from the route speed
    df["exp_dur_route"] = df["est_distance_km"] / df["route_med_speed"].clip(lower=3) * 3600
    return df


FEATURES = [
    "est_distance_km", "pickup_zone", "dropoff_zone", "hour", "dow", "surge_multiplier",
    "passenger_count", "route_med_dur", "route_med_speed", "route_n", "pz_hour_speed",
    "pz_hour_std", "exp_dur_route",
]


def main():
    args = parse_args()
    df = pd.read_csv(args.train, parse_dates=["request_time"])
    df = df[(df[TARGET] > 30) & (df[TARGET] < 4 * 3600)]
    df = basic_features(df)
    df = zone_stats(df)

    last_day = df["request_time"].max().normalize()
    split_day = last_day - pd.Timedelta(days=args.holdout_days)
    train = df[df["request_time"] < split_day]
    valid = df[df["request_time"] >= split_day]
    print(f"train {len(train):,} rows  |  holdout {len(valid):,} rows from {split_day.date()}")

    # reference: route median alone, and the global median
    ref_global = np.full(len(valid), train[TARGET].median())
    print("global median  MAE %.1f" % mean_absolute_error(valid[TARGET], ref_global))
    print("route median   MAE %.1f" % mean_absolute_error(valid[TARGET], valid["route_med_dur"]))

    model = HistGradientBoostingRegressor(
        loss="absolute_error",
        max_iter=800,
        learning_rate=0.05,
        max_leaf_nodes=63,
        l2_regularization=1.0,
        categorical_features=[FEATURES.index("pickup_zone"), FEATURES.index("dropoff_zone")],
        random_state=args.seed,
    )
    model.fit(train[FEATURES], train[TARGET])
    pred = model.predict(valid[FEATURES])
    print("HGB            MAE %.1f  MedAE %.1f" % (mean_absolute_error(valid[TARGET], pred),
                                                   median_absolute_error(valid[TARGET], pred)))

    by_hour = (valid.assign(err=np.abs(valid[TARGET] - pred))
               .groupby("hour")["err"].mean().round(0))
    print(by_hour.to_string())


if __name__ == "__main__":
    main()
