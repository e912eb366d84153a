#!/usr/bin/env python
"""AVM with a local market trend feature.

The recent median price in a zip code tracks the market much better than a global time trend,
so every sale gets the rolling median of the last 25 sales in its zip.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error, median_absolute_error

WINDOW = 25


def build(df):
    df = df.sort_values("sale_date").copy()
    df["log_price"] = np.log(df["sale_price"])
    df["log_sqft"] = np.log(df["sqft"])
    df["age"] = df["sale_date"].dt.year - df["year_built"]
    df["log_ask"] = np.log(df["asking_price"])
    roll = (df.groupby("zip_code")["log_price"]
              .transform(lambda s: s.rolling(WINDOW, min_periods=5).median()))
    df["zip_recent_median"] = roll
    df["zip_recent_median"] = df["zip_recent_median"].fillna(
        df.groupby("zip_code")["log_price"].transform("median"))
    df["premium_vs_zip"] = df["log_ask"] - df["zip_recent_median"]
    return df


FEATURES = ["log_sqft", "lot_sqft", "bedrooms", "bathrooms", "age", "latitude", "longitude",
            "log_ask", "zip_recent_median", "premium_vs_zip"]

if __name__ == "__main__":
    sales = build(pd.read_csv("train.csv", parse_dates=["sale_date"]))

    split_date = pd.Timestamp("2022-09-01")
    train = sales[sales.sale_date < split_date]
    test = sales[sales.sale_date >= split_date]
    test = test[~test.property_id.isin(train.property_id)]
    print("train/test:", len(train), len(test))

    base = DummyRegressor(strategy="mean").fit(train[FEATURES], train.log_price)
    gbr = GradientBoostingRegressor(n_estimators=700, max_depth=4, learning_rate=0.04,
                                    subsample=0.8, random_state=11)
    gbr.fit(train[FEATURES], train.log_price)

    for label, m in (("baseline", base), ("gbr", gbr)):
        p = np.exp(m.predict(test[FEATURES]))
        print(f"{label:9s} MAPE {mean_absolute_percentage_error(test.sale_price, p):.4f}"
              f"  MedAE {median_absolute_error(test.sale_price, p):,.0f}")
