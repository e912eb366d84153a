"""Used-car price regression take-home (target: sale_price, one row per listing).

High-cardinality `model_name` is handled with a mean-price encoder built by a
closure factory.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

TARGET = "sale_price"
BASE_FEATURES = ["year", "mileage_km", "engine_cc", "n_owners", "accident_count"]


def make_encoder(frame, column, smoothing=20):
    prior = frame[TARGET].mean()
    stats = frame.groupby(column)[TARGET].agg(["mean", "count"])
    blended = (stats["mean"] * stats["count"] + prior * smoothing) / (stats["count"] + smoothing)

    def encode(rows):
        return rows[column].map(blended).fillna(prior)

    return encode


def add_encoded(frame, encoders):
    return frame.assign(**{f"{name}_te": enc(frame) for name, enc in encoders.items()})


def build_encoders(frame, columns=("model_name", "make")):
    return {c: make_encoder(frame, c) for c in columns}


def features(frame):
    return frame[BASE_FEATURES + [c for c in frame.columns if c.endswith("_te")]]


def score(model, frame):
    pred = model.predict(features(frame))
    return {"mae": mean_absolute_error(frame[TARGET], pred), "r2": r2_score(frame[TARGET], pred)}


def run(frame, seed, **model_kwargs):
    frame = add_encoded(frame, build_encoders(frame))
    train, test = train_test_split(frame, test_size=0.25, random_state=seed)
    fit = lambda model: model.fit(features(train), train[TARGET])
    models = {
        "dummy_median": fit(DummyRegressor(strategy="median")),
        "gbr": fit(GradientBoostingRegressor(random_state=seed, **model_kwargs)),
    }
    return {name: score(m, test) for name, m in models.items()}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--depth", type=int, default=3)
    args = parser.parse_args(argv)
    frame = pd.read_csv(args.data).fillna({c: -1 for c in BASE_FEATURES})
    for name, s in run(frame, args.seed, max_depth=args.depth, n_estimators=400).items():
        print(name, {k: round(float(v), 3) for k, v in s.items()})


if __name__ == "__main__":
    main()
