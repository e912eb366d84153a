#!/usr/bin/env python
"""ETA model with zone-level statistics.

Route-level history is the strongest signal for travel time in a city: the same
pickup->dropoff pair takes roughly the same time at the same hour. The statistics
are learned from the training period only and then looked up for the holdout rows
(unseen routes fall back to the global training value).
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
    out["route"] = out["pickup_zone"].astype(str) + "_" + out["dropoff_zone"].astype(str)
    return out


def fit_zone_stats(train):
    """Learn route and zone/hour lookup tables from the training rows."""
    t = train.assign(speed_kmh=train["est_distance_km"] / (train[TARGET] / 3600))
    glob = {"dur": t[TARGET].median(), "speed": t["speed_kmh"].median(), "std": t[TARGET].std()}

    route = t.groupby("route").agg(n=(TARGET, "size"), med_dur=(TARGET, "median"), med_speed=("speed_kmh", "median"))
    w = route["n"] / (route["n"] + MIN_COUNT)
    route["route_med_dur"] = w * route["med_dur"] + (1 - w) * glob["dur"]
    route["route_med_speed"] = w * route["med_speed"] + (1 - w) * glob["speed"]
    route = route.rename(columns={"n": "route_n"})[["route_n", "route_med_dur", "route_med_speed"]]

    pzh = t.groupby(["pickup_zone", "hour"]).agg(n=(TARGET, "size"), med_speed=("speed_kmh", "median"),
                                                 sd=(TARGET, "std"))
    w2 = pzh["n"] / (pzh["n"] + MIN_COUNT)
    pzh["pz_hour_speed"] = w2 * pzh["med_speed"] + (1 - w2) * glob["speed"]
    pzh["pz_hour_std"] = pzh["sd"].fillna(glob["std"])
    pzh = pzh[["pz_hour_speed", "pz_hour_std"]]
    return route, pzh, glob


def apply_zone_stats(df, route, pzh, glob):
    out = df.merge(route, left_on="route", right_index=True, how="left")
    out = out.merge(pzh, left_on=["pickup_zone", "hour"], right_index=True, how="left")
    out["route_n"] = out["route_n"].fillna(0)
    out["route_med_dur"] = out["route_med_dur"].fillna(glob["dur"])
    out["route_med_speed"] = out["route_med_speed"].fillna(glob["speed"])
    out["pz_hour_speed"] = out["pz_hour_speed"].fillna(glob["speed"])
    out["pz_hour_std"] = out["pz_hour_std"].fillna(glob["std"])
    out["exp_dur_route"] = out["est_distance_km"] / out["route_med_speed"].clip(lower=3) * 3600
    return out


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

    last_day = df["request_time"].max().normalize()
    split_day = last_day - pd.Timedelta(days=args.holdout_days)
    train = df[df["request_time"] < split_day]
    valid = df[df["request_time"] >= split_day]
    print(f"train {len(train):,} rows  |  holdout {len(valid):,} rows from {split_day.date()}")

    route, pzh, glob = fit_zone_stats(train)
    train = apply_zone_stats(train, route, pzh, glob)
    valid = apply_zone_stats(valid, route, pzh, glob)
    print("holdout routes never seen in train: %.1f%%" % (100 * (valid["route_n"] == 0).mean()))

    # reference: route median alone, and the global median
    ref_global = np.full(len(valid), glob["dur"])
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
