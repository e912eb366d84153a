"""Repeat-sales AVM: gradient boosting with the property's previous sale as a feature.

Run from the bundle directory:  python y03_repeat_sales_prior_sale_gbm.py
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

NUM_COLS = ["sqft", "lot_sqft", "bedrooms", "bathrooms", "year_built", "latitude", "longitude",
            "log_ask", "prev_log_price", "years_since_prev", "n_prior_sales", "sale_month"]


def load():
    train = pd.read_csv("train.csv", parse_dates=["sale_date"])
    test = pd.read_csv("test.csv", parse_dates=["sale_date"])
    train["is_test"] = 0
    test["is_test"] = 1
    return pd.concat([train, test], ignore_index=True)


def add_features(df):
    df = df.sort_values(["sale_date", "sale_id"]).copy()
    df["log_price"] = np.log(df["sale_price"])
    df["log_ask"] = np.log(df["asking_price"])
    df["sale_month"] = df["sale_date"].dt.year * 12 + df["sale_date"].dt.month
    by_prop = df.groupby("property_id")
    # previous sale of the same house (NaN for first sales)
    df["prev_log_price"] = by_prop["log_price"].shift(1)
    df["years_since_prev"] = (df["sale_date"] - by_prop["sale_date"].shift(1)).dt.days / 365.25
    df["n_prior_sales"] = by_prop.cumcount()
    return df


def main():
    df = add_features(load())
    labelled = df[df.is_test == 0]

    cutoff = labelled["sale_date"].quantile(0.8)
    tr = labelled[labelled.sale_date < cutoff]
    va = labelled[labelled.sale_date >= cutoff]
    print(f"cutoff {cutoff.date()}  train={len(tr)}  valid={len(va)}")
    print("share of validation sales with a prior sale:", round(va.prev_log_price.notna().mean(), 3))

    dummy = DummyRegressor(strategy="median").fit(tr[NUM_COLS], tr.log_price)
    gbm = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=31,
                                        l2_regularization=1.0, random_state=0)
    gbm.fit(tr[NUM_COLS], tr.log_price)

    for name, model in [("baseline (median)", dummy), ("hist-gbm", gbm)]:
        p = np.exp(model.predict(va[NUM_COLS]))
        ape = np.abs(p - va.sale_price) / va.sale_price
        print(f"{name:18s} MAE={mean_absolute_error(va.sale_price, p):>10,.0f}  "
              f"MedAE={median_absolute_error(va.sale_price, p):>9,.0f}  MdAPE={ape.median():.4f}")

    gbm.fit(labelled[NUM_COLS], labelled.log_price)
    out = df[df.is_test == 1].copy()
    out["prediction"] = np.exp(gbm.predict(out[NUM_COLS]))
    out[["sale_id", "prediction"]].to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
