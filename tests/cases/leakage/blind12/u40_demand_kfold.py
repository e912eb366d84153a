"""Weekly demand model: random forest, 5-fold CV, compared with a mean forecaster."""
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_validate

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("demand.cv")


@dataclass
class Spec:
    target: str = "units_sold"
    features: list = field(default_factory=lambda: [
        "price", "promo", "holiday_week", "avg_temp", "store_size_sqm", "week_of_year", "store_code"])
    folds: int = 5
    seed: int = 1


def load(spec: Spec) -> pd.DataFrame:
    df = pd.read_csv("train.csv")
    df["week_start"] = pd.to_datetime(df["week_start"])
    df["week_of_year"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["store_code"] = df["store_id"].astype("category").cat.codes
    log.info("%d rows, %d stores, %s..%s", len(df), df.store_id.nunique(),
             df.week_start.min().date(), df.week_start.max().date())
    return df


def run(spec: Spec):
    df = load(spec)
    X, y = df[spec.features], df[spec.target]
    cv = KFold(n_splits=spec.folds, shuffle=True, random_state=spec.seed)
    scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}
    for name, est in {
        "mean_forecast": DummyRegressor(),
        "random_forest": RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1,
                                               random_state=spec.seed),
    }.items():
        r = cross_validate(est, X, y, cv=cv, scoring=scoring)
        log.info("%-14s MAE %.2f  RMSE %.2f", name, -np.mean(r["test_mae"]), -np.mean(r["test_rmse"]))


if __name__ == "__main__":
    run(Spec())
