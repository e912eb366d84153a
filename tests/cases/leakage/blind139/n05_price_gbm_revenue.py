#!/usr/bin/env python
"""Price per night - HistGradientBoosting with a log target.

Run: python n05_price_gbm_revenue.py   (expects train.csv / test.csv / task.json in cwd)
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor, make_column_transformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

warnings.filterwarnings("ignore")
SEED = 2024


def load():
    task = json.load(open("task.json"))
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return task, tr, te


def clean(d):
    d = d.copy()
    d["host_is_superhost"] = d["host_is_superhost"].map({"t": 1, "f": 0})
    d["review_scores_rating"] = d["review_scores_rating"].clip(0, 100)
    d["minimum_nights"] = d["minimum_nights"].clip(upper=365)
    d["dist_center_km"] = np.sqrt((d["latitude"] - 52.37) ** 2 + ((d["longitude"] - 4.89) * 0.61) ** 2) * 111
    return d


def build_model(cat_cols):
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols),
        remainder="passthrough",
    )
    hgb = HistGradientBoostingRegressor(
        max_iter=800, learning_rate=0.04, max_leaf_nodes=31,
        min_samples_leaf=30, l2_regularization=1.0, random_state=SEED,
    )
    reg = TransformedTargetRegressor(regressor=hgb, func=np.log1p, inverse_func=np.expm1)
    return make_pipeline(enc, reg)


def main():
    task, tr, te = load()
    target, id_col = task["target"], task["id_column"]
    tr = clean(tr[tr[target] > 0])
    te = clean(te)

    X = tr.drop(columns=[id_col, target, "host_id"])
    y = tr[target]
    cat_cols = X.select_dtypes("object").columns.tolist()
    print("features:", X.columns.tolist())

    model = build_model(cat_cols)
    cv = KFold(n_splits=5, shuffle=True, random_state=SEED)
    res = cross_validate(
        model, X, y, cv=cv,
        scoring=("neg_mean_absolute_error", "neg_root_mean_squared_error", "r2",
                 "neg_mean_absolute_percentage_error"),
    )
    print("CV MAE  : %.2f +- %.2f" % (-res["test_neg_mean_absolute_error"].mean(), res["test_neg_mean_absolute_error"].std()))
    print("CV RMSE : %.2f" % -res["test_neg_root_mean_squared_error"].mean())
    print("CV MAPE : %.3f" % -res["test_neg_mean_absolute_percentage_error"].mean())
    print("CV R2   : %.3f" % res["test_r2"].mean())

    model.fit(X, y)
    pred = model.predict(te[X.columns])
    pd.DataFrame({id_col: te[id_col], "prediction": pred}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"neg_mean_absolute_error": float(res["test_neg_mean_absolute_error"].mean())}, f)


if __name__ == "__main__":
    main()
