"""Daily household energy consumption: gradient boosting on lags + weather."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

energy = pd.read_csv("data/household_daily_kwh.csv", parse_dates=["date"])
energy = energy.sort_values("date").set_index("date")
weather = pd.read_csv("data/daily_weather.csv", parse_dates=["date"]).set_index("date")
df = energy.join(weather[["tavg", "tmin", "tmax", "precip"]], how="left")

kwh = df["kwh"]
df["lag_1"] = kwh.shift(1)
df["lag_2"] = kwh.shift(2)
df["lag_7"] = kwh.shift(7)
df["lag_14"] = kwh.shift(14)
df["mean_7"] = kwh.shift(1).rolling(7).mean()
df["mean_28"] = kwh.shift(1).rolling(28).mean()
df["heating_dd"] = (18 - df["tavg"]).clip(lower=0)
df["cooling_dd"] = (df["tavg"] - 22).clip(lower=0)
df["dow"] = df.index.dayofweek
df["month"] = df.index.month
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df = df.dropna()

FEATURES = ["lag_1", "lag_2", "lag_7", "lag_14", "mean_7", "mean_28",
            "tavg", "tmin", "tmax", "precip", "heating_dd", "cooling_dd",
            "dow", "month", "is_weekend"]
X, y = df[FEATURES], df["kwh"]
print(f"{len(df)} days from {df.index.min().date()} to {df.index.max().date()}")

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "mape": "neg_mean_absolute_percentage_error"}

gbm = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=15, random_state=0)
gbm_scores = cross_validate(gbm, X, y, cv=cv, scoring=scoring)
mean_scores = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)

for name in scoring:
    print(f"{name:>5s}  gbm={-gbm_scores['test_' + name].mean():.3f}  mean-baseline={-mean_scores['test_' + name].mean():.3f}")
