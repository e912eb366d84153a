import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

CUTOFF = pd.Timestamp("2024-03-01")
N_BOOT = 1000
RNG = np.random.default_rng(2)


def zone_history(df):
    """Per-zone load over the previous hour, from orders strictly before each order."""
    df = df.sort_values("order_ts").copy()
    df["one"] = 1.0
    out = []
    for zone, part in df.groupby("zone", sort=False):
        part = part.set_index("order_ts")
        prev_hour = part["one"].rolling("60min", closed="left").sum()
        prev_prep = part["prep_time_est_min"].rolling("60min", closed="left").mean()
        out.append(pd.DataFrame({"order_id": part["order_id"].to_numpy(),
                                 "zone_orders_prev_hour": prev_hour.to_numpy(),
                                 "zone_prep_prev_hour": prev_prep.to_numpy()}))
    return df.drop(columns="one").merge(pd.concat(out), on="order_id", how="left")


def courier_history(df):
    df = df.sort_values(["courier_id", "order_ts"]).copy()
    g = df.groupby("courier_id")
    df["courier_orders_before"] = g.cumcount()
    df["courier_prev_distance"] = g["distance_km"].shift(1)
    df["mins_since_prev_order"] = g["order_ts"].diff().dt.total_seconds() / 60
    return df


orders = pd.read_csv("data/deliveries.csv", parse_dates=["order_ts"])
orders = courier_history(zone_history(orders))
orders["hour"] = orders["order_ts"].dt.hour
orders["weekday"] = orders["order_ts"].dt.dayofweek
orders["weather"] = orders["weather"].astype("category")
orders["zone"] = orders["zone"].astype("category")

FEATURES = ["distance_km", "n_items", "prep_time_est_min", "traffic_index", "courier_active_orders",
            "hour", "weekday", "weather", "zone", "zone_orders_prev_hour", "zone_prep_prev_hour",
            "courier_orders_before", "courier_prev_distance", "mins_since_prev_order"]

train = orders[orders.order_ts < CUTOFF]
after = orders[orders.order_ts >= CUTOFF]
seen_couriers = set(train.courier_id)
test = after[~after.courier_id.isin(seen_couriers)]
print(f"train {len(train)} | test {len(test)} orders from {test.courier_id.nunique()} new couriers "
      f"(dropped {len(after) - len(test)} orders of known couriers)")

zone_hour_delay = train.groupby(["zone", "hour"], observed=True)["delay_min"].median().rename("zone_hour_median_delay")
overall_median = train["delay_min"].median()
train = train.join(zone_hour_delay, on=["zone", "hour"])
test = test.join(zone_hour_delay, on=["zone", "hour"])
test["zone_hour_median_delay"] = test["zone_hour_median_delay"].fillna(overall_median)
FEATURES = FEATURES + ["zone_hour_median_delay"]

model = HistGradientBoostingRegressor(loss="absolute_error", max_iter=600, learning_rate=0.04,
                                      categorical_features="from_dtype", random_state=0)
model.fit(train[FEATURES], train["delay_min"])
baseline = DummyRegressor(strategy="median").fit(train[FEATURES], train["delay_min"])

y = test["delay_min"].to_numpy()
pred = model.predict(test[FEATURES])
pred0 = baseline.predict(test[FEATURES])
print("MAE model    %.2f min" % mean_absolute_error(y, pred))
print("MAE baseline %.2f min" % mean_absolute_error(y, pred0))
print("MedAE model  %.2f min" % median_absolute_error(y, pred))

diffs = []
for _ in range(N_BOOT):
    i = RNG.integers(0, len(y), len(y))
    diffs.append(mean_absolute_error(y[i], pred0[i]) - mean_absolute_error(y[i], pred[i]))
lo, hi = np.percentile(diffs, [2.5, 97.5])
print(f"MAE improvement over baseline: {np.mean(diffs):.2f} min (95% CI {lo:.2f}..{hi:.2f})")
