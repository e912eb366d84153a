#!/usr/bin/env python3
"""Used-car price regression (log target), HistGradientBoosting.

Outliers in odometer / engine readings are data-entry errors more often than not,
so numeric features are winsorised at the 1st/99th percentile before modelling.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

NUMERIC = ["year", "odometer_km", "engine_cc", "power_hp", "seats", "owners"]
CATEGORICAL = ["make", "fuel", "transmission", "body", "drive", "region"]


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="cars.csv")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--lower", type=float, default=0.01)
    p.add_argument("--upper", type=float, default=0.99)
    return p.parse_args()


def main():
    args = parse_args()
    df = pd.read_csv(args.data)
    df = df.dropna(subset=["price"]).reset_index(drop=True)

    # domain sanity: physically impossible values become missing (row-wise rule)
    df.loc[df["engine_cc"] <= 0, "engine_cc"] = np.nan
    df.loc[df["power_hp"] > 1500, "power_hp"] = np.nan

    # winsorise numeric columns
    lo = df[NUMERIC].quantile(args.lower)
    hi = df[NUMERIC].quantile(args.upper)
    df[NUMERIC] = df[NUMERIC].clip(lower=lo, upper=hi, axis=1)

    df["age"] = 2024 - df["year"]
    df["km_per_year"] = df["odometer_km"] / df["age"].clip(lower=1)
    for c in CATEGORICAL:
        df[c] = df[c].fillna("unknown")
    X = pd.get_dummies(df[NUMERIC + ["age", "km_per_year"] + CATEGORICAL],
                       columns=CATEGORICAL, dtype=np.uint8)
    y = np.log(df["price"])

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=args.seed)

    model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05,
                                          max_leaf_nodes=48, l2_regularization=1.0,
                                          random_state=args.seed)
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)

    dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    pred0 = dummy.predict(X_te)

    eur = lambda v: np.exp(v)
    print(f"R2 (log)     model {r2_score(y_te, pred):.4f} | dummy {r2_score(y_te, pred0):.4f}")
    print(f"MAE (EUR)    model {mean_absolute_error(eur(y_te), eur(pred)):,.0f} | "
          f"dummy {mean_absolute_error(eur(y_te), eur(pred0)):,.0f}")
    ape = np.abs(eur(pred) - eur(y_te)) / eur(y_te)
    print(f"median APE   model {np.median(ape):.3%}")


if __name__ == "__main__":
    main()
