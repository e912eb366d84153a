#!/usr/bin/env python
"""AVM with a local market trend feature (as-of version).

Every sale gets the median log price of the previous 25 sales in its zip (the sale itself
excluded). Holdout sales get the last value known at the cutoff.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error, median_absolute_error

WINDOW = 25


def base_cols(df):
    df = df.sort_values("sale_date").copy()
    df["log_price"] = np.log(df["sale_price"])
    df["log_sqft"] = np.log(df["sqft"])
    df["age"] = df["sale_date"].dt.year - df["year_built"]
    df["log_ask"] = np.log(df["asking_price"])
    return df


def past_zip_median(train):
    """Rolling median of earlier sales in the zip (shifted by one sale)."""
    return (train.groupby("zip_code")["log_price"]
                 .transform(lambda s: s.shift(1).rolling(WINDOW, min_periods=5).median()))


FEATURES = ["log_sqft", "lot_sqft", "bedrooms", "bathrooms", "age", "latitude", "longitude",
            "log_ask", "zip_recent_median", "premium_vs_zip"]

if __name__ == "__main__":
    sales = base_cols(pd.read_csv("train.csv", parse_dates=["sale_date"]))

    split_date = pd.Timestamp("2022-09-01")
    train = sales[sales.sale_date < split_date].copy()
    test = sales[sales.sale_date >= split_date]
    test = test[~test.property_id.isin(train.property_id)].copy()
    print("train/test:", len(train), len(test))

    train["zip_recent_median"] = past_zip_median(train)
    train = train.dropna(subset=["zip_recent_median"])
    # state of each zip's market at the cutoff: median of its last WINDOW training sales
    at_cutoff = train.groupby("zip_code")["log_price"].apply(lambda s: s.tail(WINDOW).median())
    test["zip_recent_median"] = test["zip_code"].map(at_cutoff).fillna(train.log_price.median())
    for d in (train, test):
        d["premium_vs_zip"] = d["log_ask"] - d["zip_recent_median"]

    base = DummyRegressor(strategy="mean").fit(train[FEATURES], train.log_price)
    gbr = GradientBoostingRegressor(n_estimators=700, max_depth=4, learning_rate=0.04,
                                    subsample=0.8, random_state=11)
    gbr.fit(train[FEATURES], train.log_price)

    for label, m in (("baseline", base), ("gbr", gbr)):
        p = np.exp(m.predict(test[FEATURES]))
        print(f"{label:9s} MAPE {mean_absolute_percentage_error(test.sale_price, p):.4f}"
              f"  MedAE {median_absolute_error(test.sale_price, p):,.0f}")
