"""Daily demand forecast for the flagship store (one series)."""
import datetime as dt

import polars as pl
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error

sales = (
    pl.read_csv("data/flagship_daily.csv", try_parse_dates=True)
    .sort("date")
    .upsample(time_column="date", every="1d")
)

sales = sales.with_columns(
    # gaps from the POS outage: interpolate linearly
    pl.col("units_sold").interpolate(),
    pl.col("price").fill_null(strategy="forward"),
    pl.col("promo").fill_null(0),
).with_columns(
    pl.col("date").dt.weekday().alias("dow"),
    pl.col("date").dt.month().alias("month"),
    pl.col("units_sold").shift(1).alias("lag_1"),
    pl.col("units_sold").shift(7).alias("lag_7"),
    # smoothed demand level around the day
    pl.col("units_sold").rolling_mean(window_size=7, center=True).alias("level_7"),
    # price change announced for tomorrow
    (pl.col("price").shift(-1) - pl.col("price")).alias("price_change_next"),
    pl.col("promo").shift(-1).alias("promo_tomorrow"),
)

FEATS = ["dow", "month", "promo", "price", "lag_1", "lag_7", "level_7", "price_change_next", "promo_tomorrow"]
data = sales.drop_nulls(FEATS + ["units_sold"])

split_date = dt.date(2023, 10, 1)
train = data.filter(pl.col("date") < split_date)
test = data.filter(pl.col("date") >= split_date)

model = GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05, random_state=0)
model.fit(train.select(FEATS).to_numpy(), train["units_sold"].to_numpy())

pred = model.predict(test.select(FEATS).to_numpy())
naive = test["lag_7"].to_numpy()
print("MAPE model      :", round(mean_absolute_percentage_error(test["units_sold"], pred), 4))
print("MAPE seasonal-7 :", round(mean_absolute_percentage_error(test["units_sold"], naive), 4))

weekly = (
    test.select("date", "units_sold")
    .with_columns(pl.Series("pred", pred))
    .group_by_dynamic("date", every="1w")
    .agg(pl.col("units_sold").sum(), pl.col("pred").sum())
)
print(weekly)
