"""Used-car price take-home: regress `sale_price` on listing attributes.

Hand-rolled grid search with itertools.product; scorers are closures over the
rows they score.
"""
import argparse
from itertools import product

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

TARGET = "sale_price"
FEATURES = ["year", "mileage_km", "engine_cc", "n_owners", "accident_count", "is_automatic", "is_diesel"]

GRID = {
    "n_estimators": [200, 500],
    "max_depth": [2, 3, 4],
    "learning_rate": [0.03, 0.1],
}


def encode(frame):
    return frame.assign(
        is_automatic=(frame["transmission"] == "automatic").astype(int),
        is_diesel=(frame["fuel_type"] == "diesel").astype(int),
    ).fillna({c: -1 for c in ["mileage_km", "engine_cc", "n_owners", "accident_count"]})


def param_grid(space):
    keys = list(space)
    for values in product(*(space[k] for k in keys)):
        yield dict(zip(keys, values))


def make_scorer(rows):
    X, y = rows[FEATURES], rows[TARGET]

    def score(model):
        return mean_absolute_error(y, model.predict(X))

    return score


def fitter(rows):
    return lambda params: GradientBoostingRegressor(random_state=0, **params).fit(rows[FEATURES], rows[TARGET])


def search(fit, score, space):
    return min(map(fit, param_grid(space)), key=score)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    cars = encode(pd.read_csv(args.data))
    train, test = train_test_split(cars, test_size=0.2, random_state=args.seed)
    score_test = make_scorer(test)

    best = search(fitter(train), score_test, GRID)
    dummy = DummyRegressor(strategy="median").fit(train[FEATURES], train[TARGET])
    print("best params:", best.get_params()["max_depth"], best.get_params()["learning_rate"])
    print(f"test MAE  model={score_test(best):.0f}  dummy={score_test(dummy):.0f}")


if __name__ == "__main__":
    main()
