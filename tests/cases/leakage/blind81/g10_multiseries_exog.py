"""Global multi-series forecaster for store-item sales (skforecast).

One ForecasterRecursiveMultiSeries is trained across all store-item series with
exogenous variables; it is backtested over the last 4 weeks of train.csv.
"""
import pandas as pd
from lightgbm import LGBMRegressor
from skforecast.preprocessing import reshape_series_long_to_dict, reshape_exog_long_to_dict
from skforecast.recursive import ForecasterRecursiveMultiSeries
from skforecast.model_selection import TimeSeriesFold, backtesting_forecaster_multiseries

HORIZON = 28

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
for frame in (train, test):
    frame["series_id"] = frame["store_id"].astype(str) + "_" + frame["item_id"].astype(str)
    frame["dow"] = frame["date"].dt.dayofweek
    frame["month"] = frame["date"].dt.month

# units returned reflects product quality issues; price and promo drive demand
EXOG_COLS = ["onpromotion", "price", "holiday", "units_returned", "dow", "month"]

series = reshape_series_long_to_dict(
    data=train, series_id="series_id", index="date", values="sales", freq="D"
)
exog = reshape_exog_long_to_dict(
    data=train[["series_id", "date"] + EXOG_COLS], series_id="series_id", index="date", freq="D"
)
n_days = train["date"].nunique()
print(f"{len(series)} series, {n_days} days each")

forecaster = ForecasterRecursiveMultiSeries(
    regressor=LGBMRegressor(n_estimators=400, learning_rate=0.05, num_leaves=63, verbose=-1),
    lags=[1, 2, 3, 7, 14, 21, 28],
    encoding="ordinal_category",
    dropna_from_series=False,
)

cv = TimeSeriesFold(
    steps=7,
    initial_train_size=n_days - HORIZON,
    refit=False,
    fixed_train_size=False,
)
metrics_levels, backtest_preds = backtesting_forecaster_multiseries(
    forecaster=forecaster,
    series=series,
    exog=exog,
    cv=cv,
    levels=None,
    metric=["mean_absolute_error", "mean_squared_error"],
    add_aggregated_metric=True,
    show_progress=False,
)
print(metrics_levels.tail(3))
print(metrics_levels.sort_values("mean_absolute_error", ascending=False).head(10))

# per-series error vs volume
volume = train.groupby("series_id")["sales"].mean().rename("avg_sales")
report = metrics_levels.set_index("levels").join(volume, how="inner")
report["rel_mae"] = report["mean_absolute_error"] / report["avg_sales"].clip(lower=1e-6)
print(report.sort_values("rel_mae", ascending=False).head())

# final fit and forecast (units_returned is not in test.csv: use the recent average per series)
forecaster.fit(series=series, exog=exog)
recent_returns = train[train["date"] > train["date"].max() - pd.Timedelta(days=28)] \
    .groupby("series_id")["units_returned"].mean()
test["units_returned"] = test["series_id"].map(recent_returns).fillna(0)
exog_future = reshape_exog_long_to_dict(
    data=test[["series_id", "date"] + EXOG_COLS], series_id="series_id", index="date", freq="D"
)
pred = forecaster.predict(steps=HORIZON, exog=exog_future)
pred = pred.reset_index().rename(columns={"index": "date", "level": "series_id", "pred": "prediction"})
sub = test.merge(pred, on=["series_id", "date"], how="left")
sub["prediction"] = sub["prediction"].clip(lower=0).fillna(0)
sub[["id", "prediction"]].to_csv("predictions.csv", index=False)
