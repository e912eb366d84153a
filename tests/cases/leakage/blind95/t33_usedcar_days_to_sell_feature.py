"""Used-car price model (LightGBM).

python t33_usedcar_days_to_sell_feature.py --valid-months 3
"""
import argparse

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

NUMERIC = ["year", "mileage", "engine_size", "n_owners", "days_to_sell"]
CATEG = ["make", "model", "fuel", "transmission", "body_type", "seller_type", "region"]


def load(path):
    d = pd.read_csv(path, parse_dates=["listing_date"])
    d["age"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["list_month"] = d["listing_date"].dt.month
    return d


def matrix(d, cols=None):
    # cheap cars usually go faster, days_to_sell helps the model separate price bands
    X = pd.get_dummies(d[NUMERIC + ["age", "list_month"] + CATEG], columns=CATEG, dtype=float)
    return X if cols is None else X.reindex(columns=cols, fill_value=0)


def main(valid_months):
    df = load("train.csv").sort_values("listing_date")
    sub = load("test.csv")
    start = df["listing_date"].max() - pd.DateOffset(months=valid_months)
    tr, va = df[df["listing_date"] <= start], df[df["listing_date"] > start]
    X_tr = matrix(tr)
    X_va = matrix(va, X_tr.columns)
    y_tr, y_va = np.log(tr["price"]), va["price"]

    params = dict(n_estimators=1500, learning_rate=0.03, num_leaves=63, min_child_samples=20,
                  subsample=0.8, subsample_freq=1, colsample_bytree=0.7, random_state=42, verbose=-1)
    model = lgb.LGBMRegressor(**params).fit(X_tr, y_tr)
    dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    for name, m in [("dummy median", dummy), ("lightgbm", model)]:
        pred = np.exp(m.predict(X_va))
        print(f"{name:13s} MAE={mean_absolute_error(y_va, pred):9.1f}  "
              f"MAPE={mean_absolute_percentage_error(y_va, pred):.4f}")

    X_all = matrix(df)
    model = lgb.LGBMRegressor(**params).fit(X_all, np.log(df["price"]))
    pd.DataFrame({"listing_id": sub["listing_id"],
                  "prediction": np.exp(model.predict(matrix(sub, X_all.columns)))}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--valid-months", type=int, default=3)
    main(ap.parse_args().valid_months)
