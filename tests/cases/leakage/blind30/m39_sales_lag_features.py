"""Daily demand forecast for the flagship store -- lags only, no look-ahead."""
import datetime as dt

import numpy as np
import polars as pl
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

HORIZON_START = dt.date(2023, 10, 1)


def make_features(df: pl.DataFrame) -> pl.DataFrame:
    past = pl.col("units_sold").shift(1)
    return df.with_columns(
        pl.col("date").dt.weekday().alias("dow"),
        pl.col("date").dt.month().alias("month"),
        past.alias("lag_1"),
        pl.col("units_sold").shift(7).alias("lag_7"),
        pl.col("units_sold").shift(14).alias("lag_14"),
        past.rolling_mean(window_size=7).alias("mean_prev_7"),
        past.rolling_std(window_size=28).alias("std_prev_28"),
        past.ewm_mean(alpha=0.2, adjust=False).alias("ewm_prev"),
        (pl.col("price") - pl.col("price").shift(1)).alias("price_change_today"),
    )


sales = (
    pl.read_csv("data/flagship_daily.csv", try_parse_dates=True)
    .sort("date")
    .with_columns(pl.col("price").fill_null(strategy="forward"), pl.col("promo").fill_null(0))
)
data = make_features(sales).drop_nulls()

FEATS = ["dow", "month", "promo", "price", "lag_1", "lag_7", "lag_14", "mean_prev_7", "std_prev_28",
         "ewm_prev", "price_change_today"]
train = data.filter(pl.col("date") < HORIZON_START)
test = data.filter(pl.col("date") >= HORIZON_START)

X_tr, y_tr = train.select(FEATS).to_numpy(), train["units_sold"].to_numpy()
X_te, y_te = test.select(FEATS).to_numpy(), test["units_sold"].to_numpy()

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05, random_state=0)
cv_mae = -cross_val_score(gbr, X_tr, y_tr, cv=TimeSeriesSplit(n_splits=5, gap=7),
                          scoring="neg_mean_absolute_error")
print("time-series CV MAE:", np.round(cv_mae, 1), "mean", cv_mae.mean().round(1))

gbr.fit(X_tr, y_tr)
pred = gbr.predict(X_te)
seasonal_naive = test["lag_7"].to_numpy()

print(f"holdout MAE  model={mean_absolute_error(y_te, pred):.1f} "
      f"seasonal-naive={mean_absolute_error(y_te, seasonal_naive):.1f}")
print(f"holdout MAPE model={mean_absolute_percentage_error(y_te, pred):.3f} "
      f"seasonal-naive={mean_absolute_percentage_error(y_te, seasonal_naive):.3f}")
