"""Used-car price take-home: regress `sale_price`.

Small functional helpers: `cv_with` and a `report` that maps it over a dict of
estimators; every estimator is scored by 5-fold cross-validation.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

TARGET = "sale_price"
FEATURES = ["year", "mileage_km", "engine_cc", "n_owners", "accident_count"]


def design(frame):
    X = frame[FEATURES].fillna(-1).assign(
        automatic=(frame["transmission"] == "automatic").astype(int),
        electric=(frame["fuel_type"] == "electric").astype(int),
    )
    return X, frame[TARGET]


def cv_with(estimator, X, y, cv):
    res = cross_validate(estimator, X, y, cv=cv, scoring={"mae": "neg_mean_absolute_error", "r2": "r2"})
    return {"mae": -res["test_mae"].mean(), "r2": res["test_r2"].mean()}


def report(estimators, X, y, cv):
    return dict(zip(estimators, map(partial(cv_with, X=X, y=y, cv=cv), estimators.values())))


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--trees", type=int, default=500)
    args = parser.parse_args(argv)

    X, y = design(pd.read_csv(args.data))
    estimators = {
        "dummy_mean": DummyRegressor(),
        "gbr": GradientBoostingRegressor(n_estimators=args.trees, max_depth=4, random_state=0),
    }
    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    for name, s in report(estimators, X, y, cv).items():
        print(name, {k: round(v, 3) for k, v in s.items()})


if __name__ == "__main__":
    main()
