"""Taxi fare prediction with zone-level fare statistics.

Zones have very different fare levels (airport flat rates, congestion
surcharge areas). Instead of 2 x 120 one-hot columns I summarise each pickup
and dropoff zone by its median fare and median fare per km, then let a
histogram gradient-boosting model combine them with distance and time.
Validation: chronological, last 25% of trips.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = "fare_amount"

df = pd.read_csv("train.csv", parse_dates=["pickup_datetime"]).sort_values("pickup_datetime")
test = pd.read_csv("test.csv", parse_dates=["pickup_datetime"])
df = df.reset_index(drop=True)


def zone_stats(rows):
    per_km = rows[TARGET] / rows["trip_distance_km"].clip(lower=0.1)
    stats = {}
    for side in ["pickup_zone", "dropoff_zone"]:
        g = rows.assign(per_km=per_km).groupby(side)
        stats[side] = pd.DataFrame({
            f"{side}_fare_med": g[TARGET].median(),
            f"{side}_perkm_med": g["per_km"].median(),
        })
    return stats


def add_features(frame, stats, fallback):
    out = frame.copy()
    for side, table in stats.items():
        out = out.join(table, on=side)
    for col in [c for c in out.columns if c.endswith("_med")]:
        out[col] = out[col].fillna(fallback[col])
    out["hour"] = out["pickup_datetime"].dt.hour
    out["dow"] = out["pickup_datetime"].dt.dayofweek
    out["log_dist"] = np.log1p(out["trip_distance_km"])
    out["est_cost"] = out["trip_distance_km"] * out["pickup_zone_perkm_med"]
    return out


FEATURES = ["trip_distance_km", "log_dist", "estimated_duration_min", "passenger_count",
            "rate_code", "temp_c", "is_raining", "hour", "dow",
            "pickup_zone_fare_med", "pickup_zone_perkm_med",
            "dropoff_zone_fare_med", "dropoff_zone_perkm_med", "est_cost"]

stats = zone_stats(df)
fallback = {f"{side}_{kind}_med": v
            for side in ["pickup_zone", "dropoff_zone"]
            for kind, v in [("fare", df[TARGET].median()),
                            ("perkm", (df[TARGET] / df["trip_distance_km"].clip(lower=0.1)).median())]}
data = add_features(df, stats, fallback)

cut = int(len(data) * 0.75)
train, valid = data.iloc[:cut], data.iloc[cut:]
print(f"train until {train['pickup_datetime'].max()}, valid from {valid['pickup_datetime'].min()}")

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=48,
                                      l2_regularization=0.5, random_state=0)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(valid[FEATURES])
naive = np.full(len(valid), train[TARGET].median())  # baseline: median training fare

for name, p in [("median baseline", naive), ("hgb + zone stats", pred)]:
    print(f"{name:17s} RMSE {mean_squared_error(valid[TARGET], p) ** 0.5:.3f} "
          f"MAE {mean_absolute_error(valid[TARGET], p):.3f} R2 {r2_score(valid[TARGET], p):.3f}")

test_x = add_features(test, stats, fallback)
pd.DataFrame({"trip_id": test["trip_id"], "prediction": model.predict(test_x[FEATURES])}).to_csv(
    "predictions.csv", index=False)
