#!/usr/bin/env python
"""Used-car price - HistGradientBoosting in a sklearn pipeline, 5-fold CV."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

NUM = ["age", "mileage", "engine_size", "n_owners"]
CAT = ["make", "model", "fuel", "transmission", "body_type", "seller_type", "region"]


def load(path):
    d = pd.read_csv(path, parse_dates=["listing_date"])
    d["age"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    return d


def pipeline():
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                               encoded_missing_value=-1), CAT),
    ])
    hgb = HistGradientBoostingRegressor(max_iter=700, learning_rate=0.05, max_leaf_nodes=63,
                                        categorical_features=list(range(len(NUM), len(NUM) + len(CAT))),
                                        random_state=0)
    return TransformedTargetRegressor(Pipeline([("pre", pre), ("hgb", hgb)]),
                                      func=np.log, inverse_func=np.exp)


def main():
    df = load("train.csv")
    test = load("test.csv")
    X, y = df[NUM + CAT], df["price"]

    kf = KFold(n_splits=5, shuffle=True, random_state=0)
    scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}
    for name, est in [("dummy (median)", DummyRegressor(strategy="median")), ("hgb pipeline", pipeline())]:
        res = cross_validate(est, X, y, cv=kf, scoring=scoring, n_jobs=-1)
        print(f"{name:15s} MAE {-res['test_mae'].mean():9.1f} +/- {res['test_mae'].std():7.1f}   "
              f"R2 {res['test_r2'].mean():.4f}")

    model = pipeline().fit(X, y)
    pd.DataFrame({"listing_id": test["listing_id"], "prediction": model.predict(test[NUM + CAT])}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
