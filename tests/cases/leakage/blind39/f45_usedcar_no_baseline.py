"""Used-car price take-home: predict `sale_price` and write predictions.csv.

The feature builder is a list of lambdas applied with `map`; the model is a
gradient-boosted regressor on the log price.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

TARGET = "sale_price"

COLUMN_FNS = [
    ("age", lambda f: 2024 - f["year"]),
    ("log_km", lambda f: np.log1p(f["mileage_km"].clip(lower=0))),
    ("engine_cc", lambda f: f["engine_cc"]),
    ("n_owners", lambda f: f["n_owners"]),
    ("accident_count", lambda f: f["accident_count"]),
    ("automatic", lambda f: (f["transmission"] == "automatic").astype(int)),
]


def features(frame, fns=COLUMN_FNS):
    names, cols = zip(*map(lambda nf: (nf[0], nf[1](frame)), fns))
    return pd.concat(cols, axis=1, keys=names)


def fit_log(model, frame):
    return model.fit(features(frame), np.log(frame[TARGET]))


def predict_price(model, frame):
    return np.exp(model.predict(features(frame)))


def evaluate(model, frame):
    pred = predict_price(model, frame)
    return {"mae": mean_absolute_error(frame[TARGET], pred),
            "mape": mean_absolute_percentage_error(frame[TARGET], pred)}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    parser.add_argument("--lr", type=float, default=0.06)
    args = parser.parse_args(argv)

    cars = pd.read_csv(args.train)
    fit_part, holdout = train_test_split(cars, test_size=0.2, random_state=0)
    model = fit_log(HistGradientBoostingRegressor(learning_rate=args.lr, max_iter=500), fit_part)
    print("holdout:", evaluate(model, holdout))

    unseen = pd.read_csv(args.test)
    pd.DataFrame({"listing_id": unseen["listing_id"], "prediction": predict_price(model, unseen)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
