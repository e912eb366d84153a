#!/usr/bin/env python
"""Line-haul ETA model (hours from depot departure to hub arrival).

Logistics analytics – replaces the lookup table in the TMS.
Categoricals (lane, carrier, trailer type) have hundreds of levels, so they are
target-encoded before going into the booster.
"""
import category_encoders as ce
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

SETTINGS = {
    "trips": "logistics/linehaul_trips_2023.parquet",
    "target": "transit_hours",
    "high_card": ["lane_code", "carrier_code", "trailer_type", "origin_depot", "dest_hub"],
    "numeric": ["distance_km", "planned_hours", "load_kg", "pallets", "departure_hour",
                "departure_dow", "border_crossings", "toll_segments"],
    "seed": 99,
}


def prepare(trips, cfg):
    trips = trips[trips[cfg["target"]].between(0.5, 96)].copy()
    trips["kg_per_pallet"] = trips["load_kg"] / trips["pallets"].clip(lower=1)
    return trips


def main():
    cfg = SETTINGS
    trips = prepare(pd.read_parquet(cfg["trips"]), cfg)
    print(f"{len(trips):,} trips, mean transit {trips[cfg['target']].mean():.1f} h")
    for c in cfg["high_card"]:
        print(c, trips[c].nunique(), "levels")

    enc = ce.TargetEncoder(cols=cfg["high_card"], smoothing=10)
    encoded = enc.fit_transform(trips[cfg["high_card"]], trips[cfg["target"]])
    X = pd.concat([encoded, trips[cfg["numeric"] + ["kg_per_pallet"]]], axis=1)
    y = trips[cfg["target"]]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=cfg["seed"])
    hgb = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05,
                                        max_leaf_nodes=63, random_state=cfg["seed"])
    hgb.fit(X_tr, y_tr)
    pred = hgb.predict(X_te)

    print("MAE  (h):", round(mean_absolute_error(y_te, pred), 3))
    print("RMSE (h):", round(np.sqrt(mean_squared_error(y_te, pred)), 3))
    within_1h = np.mean(np.abs(y_te - pred) <= 1.0)
    print("share within 1h:", round(within_1h, 3))


if __name__ == "__main__":
    main()
