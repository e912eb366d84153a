"""Monthly passenger forecasting with sktime.

Compares a Theta forecaster and a log/deseasonalised exponential smoothing
pipeline against a seasonal naive forecaster on the last three years.
"""
import argparse

import pandas as pd
from sktime.forecasting.base import ForecastingHorizon
from sktime.forecasting.compose import TransformedTargetForecaster
from sktime.forecasting.exp_smoothing import ExponentialSmoothing
from sktime.forecasting.model_selection import temporal_train_test_split
from sktime.forecasting.naive import NaiveForecaster
from sktime.forecasting.theta import ThetaForecaster
from sktime.performance_metrics.forecasting import (
    mean_absolute_percentage_error,
    mean_squared_error,
)
from sktime.transformations.series.boxcox import LogTransformer
from sktime.transformations.series.detrend import Deseasonalizer


def load_series(path):
    df = pd.read_csv(path, parse_dates=["Month"])
    df = df.sort_values("Month")
    y = df.set_index("Month")["Passengers"].astype(float)
    y.index = y.index.to_period("M")
    return y


def build_models(sp):
    return {
        "seasonal_naive_baseline": NaiveForecaster(strategy="last", sp=sp),
        "theta": ThetaForecaster(sp=sp),
        "log_deseason_ets": TransformedTargetForecaster(
            steps=[
                ("log", LogTransformer()),
                ("deseason", Deseasonalizer(model="additive", sp=sp)),
                ("ets", ExponentialSmoothing(trend="add", damped_trend=True)),
            ]
        ),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/airline_passengers.csv")
    parser.add_argument("--test-months", type=int, default=36)
    args = parser.parse_args()

    y = load_series(args.data)
    y_train, y_test = temporal_train_test_split(y, test_size=args.test_months)
    fh = ForecastingHorizon(y_test.index, is_relative=False)
    print(f"train: {y_train.index.min()} .. {y_train.index.max()} ({len(y_train)})")
    print(f"test:  {y_test.index.min()} .. {y_test.index.max()} ({len(y_test)})")

    rows = []
    for name, forecaster in build_models(sp=12).items():
        forecaster.fit(y_train)
        y_pred = forecaster.predict(fh)
        rows.append(
            {
                "model": name,
                "mape": mean_absolute_percentage_error(y_test, y_pred),
                "rmse": mean_squared_error(y_test, y_pred, square_root=True),
            }
        )

    results = pd.DataFrame(rows).set_index("model")
    print(results.round(4))
    base = results.loc["seasonal_naive_baseline", "mape"]
    for name, row in results.iterrows():
        gain = 100 * (1 - row["mape"] / base)
        print(f"{name:>26s}: {gain:6.1f}% MAPE improvement over seasonal naive")


if __name__ == "__main__":
    main()
