"""
Delay model with external context:
  - zone traffic index feed (timestamped)
  - courier shift log (shift start / battery / app status pings)
joined onto orders with polars join_asof.
"""
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "delay_min"

orders = pl.read_csv("train.csv", try_parse_dates=True).sort("order_time")
traffic = pl.read_parquet("traffic_index.parquet").sort("ts")          # zone, ts, congestion
pings = pl.read_parquet("courier_pings.parquet").sort("ping_time")     # courier_id, ping_time, speed_kmh, battery

# attach the traffic reading and the courier's app ping that go with each order
enriched = (
    orders.join_asof(
        traffic, left_on="order_time", right_on="ts", by="zone", strategy="nearest"
    )
    .join_asof(
        pings, left_on="order_time", right_on="ping_time", by="courier_id", strategy="forward"
    )
    .with_columns(
        pl.col("order_time").dt.hour().alias("hour"),
        (pl.col("weather") == "rain").cast(pl.Int8).alias("rain"),
        (pl.col("ping_time") - pl.col("order_time")).dt.total_minutes().alias("ping_gap_min"),
        pl.col("congestion").fill_null(1.0),
    )
)

FEATURES = [
    "distance_km",
    "n_items",
    "prep_time_min",
    "hour",
    "rain",
    "congestion",
    "speed_kmh",
    "battery",
    "ping_gap_min",
]

cutoff = enriched["order_time"].quantile(0.8)
train = enriched.filter(pl.col("order_time") <= cutoff)
test = enriched.filter(pl.col("order_time") > cutoff)
print("cutoff", cutoff, train.height, test.height)

X_tr = train.select(FEATURES).fill_null(0).to_numpy()
X_te = test.select(FEATURES).fill_null(0).to_numpy()
y_tr = train[TARGET].to_numpy()
y_te = test[TARGET].to_numpy()

dummy = DummyRegressor().fit(X_tr, y_tr)
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=1)
rf.fit(X_tr, y_tr)

print("MAE dummy (mean):", mean_absolute_error(y_te, dummy.predict(X_te)))
print("MAE forest      :", mean_absolute_error(y_te, rf.predict(X_te)))

fi = pl.DataFrame({"feature": FEATURES, "importance": rf.feature_importances_})
print(fi.sort("importance", descending=True))
