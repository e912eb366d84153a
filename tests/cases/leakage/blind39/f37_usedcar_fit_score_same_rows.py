"""Used-car price take-home: regress `sale_price`.

Small functional helpers: `fit_with`, `score_with` and a `report` that maps
them over a dict of estimators.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET = "sale_price"
FEATURES = ["year", "mileage_km", "engine_cc", "n_owners", "accident_count"]


def design(frame):
    X = frame[FEATURES].fillna(-1).assign(
        automatic=(frame["transmission"] == "automatic").astype(int),
        electric=(frame["fuel_type"] == "electric").astype(int),
    )
    return X, frame[TARGET]


def fit_with(estimator, X, y):
    return estimator.fit(X, y)


def score_with(model, X, y):
    pred = model.predict(X)
    return {"mae": mean_absolute_error(y, pred), "r2": r2_score(y, pred)}


def report(estimators, X, y):
    fitted = {name: fit_with(est, X, y) for name, est in estimators.items()}
    return {name: score_with(model, X, y) for name, model in fitted.items()}


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
    for name, s in report(estimators, X, y).items():
        print(name, {k: round(v, 3) for k, v in s.items()})


if __name__ == "__main__":
    main()
