"""Regional electricity demand: one global skforecast model for all regions.

ForecasterRecursiveMultiSeries with a day-ahead temperature forecast as exogenous input,
backtested day by day (24h steps) over the final two weeks of train.csv.
"""
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from skforecast.recursive import ForecasterRecursiveMultiSeries
from skforecast.model_selection import TimeSeriesFold, backtesting_forecaster_multiseries

STEPS = 24
BACKTEST_HOURS = 14 * 24

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])

series = df.pivot(index="timestamp", columns="region", values="demand_mw").asfreq("h")
series = series.ffill(limit=3)
temp = df.pivot(index="timestamp", columns="region", values="temp_forecast").asfreq("h").ffill()

# exog shared across series: calendar + average forecast temperature
exog = pd.DataFrame(index=series.index)
exog["hour"] = exog.index.hour
exog["dow"] = exog.index.dayofweek
exog["is_weekend"] = (exog["dow"] >= 5).astype(int)
exog["temp_fc_mean"] = temp.mean(axis=1)
exog["temp_fc_max"] = temp.max(axis=1)
holidays = df.groupby("timestamp")["is_holiday"].max().reindex(series.index).fillna(0)
exog["is_holiday"] = holidays.astype(int)

forecaster = ForecasterRecursiveMultiSeries(
    regressor=HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=123),
    lags=[1, 2, 3, 23, 24, 25, 48, 167, 168, 169],
    encoding="onehot",
    transformer_series=None,
)

cv = TimeSeriesFold(
    steps=STEPS,
    initial_train_size=len(series) - BACKTEST_HOURS,
    refit=False,
    allow_incomplete_fold=True,
)
metrics, preds = backtesting_forecaster_multiseries(
    forecaster=forecaster,
    series=series,
    exog=exog,
    cv=cv,
    metric=["mean_absolute_error", "mean_absolute_percentage_error"],
    levels=list(series.columns),
    add_aggregated_metric=True,
    show_progress=True,
)
print(metrics.round(4))

peak_hours = preds.index.hour.isin(range(17, 21))
print("backtest rows in evening peak:", int(peak_hours.sum()))

forecaster.fit(series=series, exog=exog)
future_index = pd.date_range(series.index[-1] + pd.Timedelta(hours=1), periods=test["timestamp"].nunique(), freq="h")
temp_future = test.pivot(index="timestamp", columns="region", values="temp_forecast").reindex(future_index).ffill()
exog_future = pd.DataFrame(index=future_index)
exog_future["hour"] = future_index.hour
exog_future["dow"] = future_index.dayofweek
exog_future["is_weekend"] = (exog_future["dow"] >= 5).astype(int)
exog_future["temp_fc_mean"] = temp_future.mean(axis=1)
exog_future["temp_fc_max"] = temp_future.max(axis=1)
exog_future["is_holiday"] = test.groupby("timestamp")["is_holiday"].max().reindex(future_index).fillna(0).astype(int)

future = forecaster.predict(steps=len(future_index), exog=exog_future)
future = future.reset_index().rename(columns={"index": "timestamp", "level": "region", "pred": "prediction"})
sub = test[["timestamp", "region"]].merge(future, on=["timestamp", "region"], how="left")
sub.to_csv("predictions.csv", index=False)
print(sub.head())
