"""Hourly ride-hailing demand forecast with a chronological holdout."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_error

LAGS = [1, 2, 3, 24, 168]
HOLDOUT_START = "2023-11-01"


def build_hourly(trips_path, weather_path):
    trips = pd.read_csv(trips_path, usecols=["pickup_datetime", "trip_distance", "fare"],
                        parse_dates=["pickup_datetime"])
    weather = pd.read_csv(weather_path, parse_dates=["time"]).sort_values("time")
    hourly = (trips.set_index("pickup_datetime").resample("1h")
                   .agg(pickups=("fare", "size"), mean_dist=("trip_distance", "mean"))
                   .reset_index().rename(columns={"pickup_datetime": "hour"})
                   .sort_values("hour"))
    hourly = pd.merge_asof(hourly, weather, left_on="hour", right_on="time",
                           direction="backward").drop(columns="time")
    return hourly.reset_index(drop=True)


def make_features(hourly):
    y = hourly["pickups"]
    lagged = {f"lag_{l}": y.shift(l) for l in LAGS}
    past = y.shift(1)
    windows = {f"roll_{w}_{fn}": getattr(past.rolling(w), fn)() for w in (6, 24, 168) for fn in ("mean", "max")}
    ts = hourly["hour"]
    X = pd.DataFrame({**lagged, **windows}, index=hourly.index)
    X["hod"] = ts.dt.hour
    X["dow"] = ts.dt.dayofweek
    X["is_weekend"] = np.where(ts.dt.dayofweek >= 5, 1, 0)
    X["expanding_mean"] = past.expanding(min_periods=168).mean()
    X[["temp_c", "precip_mm", "wind_kmh"]] = hourly[["temp_c", "precip_mm", "wind_kmh"]]
    keep = X.notna().all(axis=1)
    return X[keep], y[keep], ts[keep]


def main():
    hourly = build_hourly("data/trips_2023.csv", "data/weather_hourly.csv")
    print(hourly.shape)
    print(hourly.groupby(hourly["hour"].dt.dayofweek)["pickups"].mean().round(1))

    X, y, ts = make_features(hourly)
    is_train = ts < HOLDOUT_START
    X_train, y_train = X[is_train], y[is_train]
    X_test, y_test = X[~is_train], y[~is_train]
    print("train", len(X_train), "test", len(X_test))

    params = dict(n_estimators=800, learning_rate=0.05, max_depth=6, subsample=0.8,
                  colsample_bytree=0.8)
    fold_mae, best_iters = [], []
    for k, (tr, va) in enumerate(TimeSeriesSplit(n_splits=5, test_size=24 * 14).split(X_train)):
        m = xgb.XGBRegressor(**params, early_stopping_rounds=50, eval_metric="mae")
        m.fit(X_train.iloc[tr], y_train.iloc[tr],
              eval_set=[(X_train.iloc[va], y_train.iloc[va])], verbose=False)
        fold_mae.append(mean_absolute_error(y_train.iloc[va], m.predict(X_train.iloc[va])))
        best_iters.append(m.best_iteration)
        print(f"fold {k}: MAE {fold_mae[-1]:.2f} best_iter {m.best_iteration}")
    print("CV MAE", np.mean(fold_mae))

    n_trees = int(np.median(best_iters)) + 1
    final = xgb.XGBRegressor(**{**params, "n_estimators": n_trees})
    final.fit(X_train, y_train)
    pred = final.predict(X_test)
    print("holdout MAE", mean_absolute_error(y_test, pred))
    print("seasonal-naive MAE", mean_absolute_error(y_test, X_test["lag_168"]))


if __name__ == "__main__":
    main()
