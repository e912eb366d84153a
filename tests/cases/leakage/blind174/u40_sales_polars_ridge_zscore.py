"""Weekly sales - polars feature pipeline + ridge on log sales.

A linear model is a deliberate choice: it extrapolates to stores it has not seen
(size, format, price, promo calendar) better than trees, and the brief mentions new
store openings. Validation therefore scores *unseen stores* after a date cutoff.
"""
from datetime import date

import numpy as np
import polars as pl
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

TARGET = "weekly_sales"
CUTOFF = date(2023, 7, 3)
HOLDOUT_SHARE = 0.2
SEED = 12
NUM = ["store_size_sqm", "avg_price", "competitor_distance_km", "fuel_price", "temperature",
       "markdown_planned", "avg_price_lag1", "avg_price_roll4", "markdown_lag1", "temp_lag1"]
FLAGS = ["promo_flag", "holiday_flag", "fmt_hyper", "fmt_super", "fmt_express", "q4"]


def build_frame() -> pl.DataFrame:
    train = pl.read_csv("train.csv", try_parse_dates=True).with_columns(pl.lit(False).alias("is_test"))
    test = pl.read_csv("test.csv", try_parse_dates=True).with_columns(pl.lit(True).alias("is_test"))
    full = pl.concat([train, test], how="diagonal").sort(["store_id", "week_start"])
    full = full.with_columns(
        pl.col("avg_price").shift(1).over("store_id").alias("avg_price_lag1"),
        pl.col("avg_price").shift(1).rolling_mean(window_size=4, min_periods=1).over("store_id").alias("avg_price_roll4"),
        pl.col("markdown_planned").shift(1).over("store_id").alias("markdown_lag1"),
        pl.col("temperature").shift(1).over("store_id").alias("temp_lag1"),
        (pl.col("store_format") == "hypermarket").cast(pl.Int8).alias("fmt_hyper"),
        (pl.col("store_format") == "supermarket").cast(pl.Int8).alias("fmt_super"),
        (pl.col("store_format") == "express").cast(pl.Int8).alias("fmt_express"),
        (pl.col("week_start").dt.month() >= 10).cast(pl.Int8).alias("q4"),
    )
    # first week of each store has no lag: use the current value
    full = full.with_columns(
        pl.col("avg_price_lag1").fill_null(pl.col("avg_price")),
        pl.col("avg_price_roll4").fill_null(pl.col("avg_price")),
        pl.col("markdown_lag1").fill_null(pl.col("markdown_planned")),
        pl.col("temp_lag1").fill_null(pl.col("temperature")),
    )
    return full


def standardize(frame: pl.DataFrame, ref: pl.DataFrame) -> pl.DataFrame:
    """z-score NUM columns of `frame` with means/stds taken from `ref`."""
    stats = ref.select(
        [pl.col(c).mean().alias(f"{c}__mu") for c in NUM] + [pl.col(c).std().alias(f"{c}__sd") for c in NUM]
    ).row(0, named=True)
    return frame.with_columns(
        [((pl.col(c) - stats[f"{c}__mu"]) / stats[f"{c}__sd"]).alias(c) for c in NUM]
    )


def xy(frame: pl.DataFrame):
    X = frame.select(NUM + FLAGS).fill_null(0).to_numpy()
    y = frame[TARGET].to_numpy() if TARGET in frame.columns else None
    return X, y


def report(name, y, p):
    wape = np.abs(y - p).sum() / np.abs(y).sum()
    print(f"{name:<14} MAE {mean_absolute_error(y, p):12,.0f}   WAPE {wape:.4f}")


def main():
    full = build_frame()
    full = standardize(full, full)  # z-score once, up front
    hist = full.filter(~pl.col("is_test"))
    future = full.filter(pl.col("is_test"))
    print(hist.shape, future.shape, hist["store_id"].n_unique(), "stores")

    stores = hist["store_id"].unique().sort().sample(fraction=HOLDOUT_SHARE, seed=SEED)
    fit = hist.filter(~pl.col("store_id").is_in(stores) & (pl.col("week_start") < CUTOFF))
    val = hist.filter(pl.col("store_id").is_in(stores) & (pl.col("week_start") >= CUTOFF))
    print("fit", fit.shape, "val", val.shape)

    X_fit, y_fit = xy(fit)
    X_val, y_val = xy(val)

    dummy = DummyRegressor(strategy="median").fit(X_fit, y_fit)
    report("median (dummy)", y_val, dummy.predict(X_val))

    ridge = Ridge(alpha=3.0).fit(X_fit, np.log1p(y_fit))
    report("ridge", y_val, np.expm1(ridge.predict(X_val)))
    for name, w in sorted(zip(NUM + FLAGS, ridge.coef_), key=lambda t: -abs(t[1]))[:8]:
        print(f"   {name:<24}{w:+.3f}")

    # refit on all history for the submission
    X_all, y_all = xy(hist)
    X_fut, _ = xy(future)
    final = Ridge(alpha=3.0).fit(X_all, np.log1p(y_all))
    pl.DataFrame({
        "store_week_id": future["store_week_id"],
        "prediction": np.expm1(final.predict(X_fut)),
    }).write_csv("predictions.csv")
    print("predictions.csv written")


if __name__ == "__main__":
    main()
