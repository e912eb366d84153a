"""Delivery delay regression (minutes late) -- polars + HistGradientBoostingRegressor."""
import datetime as dt

import numpy as np
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET = "delay_min"
SPLIT_AT = dt.datetime(2024, 3, 1)


def load() -> pl.DataFrame:
    orders = pl.read_csv("train.csv", try_parse_dates=True)
    return orders.sort("order_time")


def features(orders: pl.DataFrame) -> pl.DataFrame:
    return orders.with_columns(
        pl.col("order_time").dt.hour().alias("hour"),
        pl.col("order_time").dt.weekday().alias("weekday"),
        (pl.col("order_time").dt.weekday() >= 6).cast(pl.Int8).alias("weekend"),
        (pl.col("weather") == "rain").cast(pl.Int8).alias("rain"),
        (pl.col("vehicle_type") == "bike").cast(pl.Int8).alias("bike"),
        # how late is this courier usually / how late is this restaurant usually
        pl.col(TARGET).mean().over("courier_id").alias("courier_avg_delay"),
        pl.col(TARGET).median().over("restaurant_id").alias("restaurant_med_delay"),
        pl.len().over("courier_id").alias("courier_n_orders"),
        (pl.col("distance_km") / (pl.col("prep_time_min") + 1)).alias("km_per_prep_min"),
    )


COLS = [
    "distance_km", "n_items", "prep_time_min", "hour", "weekday", "weekend", "rain", "bike",
    "courier_avg_delay", "restaurant_med_delay", "courier_n_orders", "km_per_prep_min",
]

orders = features(load())
train = orders.filter(pl.col("order_time") < SPLIT_AT)
test = orders.filter(pl.col("order_time") >= SPLIT_AT)
# couriers in the test period that we have already trained on are removed
test = test.filter(~pl.col("courier_id").is_in(train.get_column("courier_id").unique()))
print(f"train={train.height:,} test={test.height:,} test couriers={test['courier_id'].n_unique()}")

X_train, y_train = train.select(COLS).to_numpy(), train[TARGET].to_numpy()
X_test, y_test = test.select(COLS).to_numpy(), test[TARGET].to_numpy()

reg = HistGradientBoostingRegressor(loss="absolute_error", max_iter=500, learning_rate=0.05,
                                    random_state=0)
reg.fit(X_train, y_train)
mean_model = DummyRegressor(strategy="median").fit(X_train, y_train)

pred = reg.predict(X_test)
print("MAE  model :", round(mean_absolute_error(y_test, pred), 2))
print("MAE  median:", round(mean_absolute_error(y_test, mean_model.predict(X_test)), 2))
print("R2   model :", round(r2_score(y_test, pred), 3))

errors = (
    test.select("courier_id").with_columns(pl.Series("abs_err", np.abs(pred - y_test)))
    .group_by("courier_id").agg(pl.col("abs_err").mean()).sort("abs_err", descending=True)
)
print(errors.head(10))
