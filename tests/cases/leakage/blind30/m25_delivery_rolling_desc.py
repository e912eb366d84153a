"""Delivery delay -- courier workload features + LightGBM regressor."""
from datetime import datetime

import lightgbm as lgb
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

SETTINGS = {
    "train_file": "train.csv",
    "cut": datetime(2024, 3, 1),
    "target": "delay_min",
    "params": {"n_estimators": 800, "learning_rate": 0.03, "num_leaves": 63, "min_child_samples": 30,
               "objective": "l1", "verbose": -1, "random_state": 4},
}


def workload_features(df: pl.DataFrame) -> pl.DataFrame:
    # newest first so the window looks at the courier's latest orders
    df = df.sort(["courier_id", "order_time"], descending=[False, True])
    return df.with_columns(
        pl.col("distance_km").rolling_mean(window_size=5, min_periods=1).over("courier_id").alias("km_last5"),
        pl.col("n_items").rolling_sum(window_size=5, min_periods=1).over("courier_id").alias("items_last5"),
        pl.col("prep_time_min").rolling_max(window_size=5, min_periods=1).over("courier_id").alias("prep_max5"),
    )


def calendar(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        pl.col("order_time").dt.hour().alias("hour"),
        pl.col("order_time").dt.weekday().alias("weekday"),
        pl.when(pl.col("weather") == "rain").then(1).when(pl.col("weather") == "snow").then(2)
        .otherwise(0).alias("weather_code"),
    )


def design(df: pl.DataFrame) -> pl.DataFrame:
    return df.select(
        pl.exclude(SETTINGS["target"], "order_id", "courier_id", "restaurant_id", "order_time",
                   "zone", "weather", "vehicle_type")
    )


orders = calendar(workload_features(pl.read_csv(SETTINGS["train_file"], try_parse_dates=True)))

train = orders.filter(pl.col("order_time") < SETTINGS["cut"])
test = orders.filter(pl.col("order_time") >= SETTINGS["cut"]).join(
    train.select("courier_id").unique(), on="courier_id", how="anti"
)

X_train, X_test = design(train).to_pandas(), design(test).to_pandas()
y_train, y_test = train[SETTINGS["target"]].to_numpy(), test[SETTINGS["target"]].to_numpy()
print("columns:", X_train.columns.tolist())

model = lgb.LGBMRegressor(**SETTINGS["params"])
model.fit(X_train, y_train)
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)

mae_model = mean_absolute_error(y_test, model.predict(X_test))
mae_base = mean_absolute_error(y_test, baseline.predict(X_test))
print(f"MAE lightgbm {mae_model:.2f} vs median baseline {mae_base:.2f} "
      f"({100 * (1 - mae_model / mae_base):.1f}% better)")

by_hour = (
    test.select("hour")
    .with_columns(pl.Series("err", abs(model.predict(X_test) - y_test)))
    .group_by("hour").agg(pl.col("err").mean().alias("mae")).sort("hour")
)
print(by_hour)
