"""Weekly demand per store-item -- LightGBM regressor.

Validation: a random 20% of the rows are held out. Per store-item statistics
are learned from the fitting rows only.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

KEYS = ["store_id", "item_id"]
TARGET = "units_sold"


def wape(y, p):
    return np.abs(y - p).sum() / np.abs(y).sum()


def calendar(df):
    df = df.copy()
    df["week"] = pd.to_datetime(df["week"])
    df["woy"] = df["week"].dt.isocalendar().week.astype(int)
    df["month"] = df["week"].dt.month
    df["year"] = df["week"].dt.year
    df["log_price"] = np.log(df["price"].clip(lower=0.01))
    df["promo"] = df["promo"].astype(int)
    return df


def store_item_stats(history):
    """Demand level per store-item and per item, from `history` rows only."""
    si = history.groupby(KEYS).agg(si_mean_units=(TARGET, "mean"),
                                   si_std_units=(TARGET, "std")).reset_index()
    it = history.groupby("item_id").agg(item_mean_units=(TARGET, "mean")).reset_index()
    return si, it


def attach(df, si, it):
    return df.merge(si, on=KEYS, how="left").merge(it, on="item_id", how="left")


def add_rel_price(df, history):
    ref = history.groupby(KEYS)["price"].median().rename("si_median_price").reset_index()
    out = df.merge(ref, on=KEYS, how="left")
    out["rel_price"] = out["price"] / out["si_median_price"]
    return out


sales = calendar(pd.read_csv("train.csv"))
future = calendar(pd.read_csv("test.csv"))
hist, hold = train_test_split(sales, test_size=0.2, random_state=17)
print("fit rows:", len(hist), "| holdout rows:", len(hold))

si, it = store_item_stats(hist)
hist, hold = attach(add_rel_price(hist, hist), si, it), attach(add_rel_price(hold, hist), si, it)

FEATURES = ["store_id", "item_id", "price", "log_price", "promo", "woy", "month",
            "si_mean_units", "si_std_units", "item_mean_units", "rel_price"]

reg = lgb.LGBMRegressor(objective="poisson", n_estimators=600, learning_rate=0.03,
                        num_leaves=63, min_child_samples=30, subsample=0.8, subsample_freq=1,
                        colsample_bytree=0.9, random_state=17, verbose=-1)
reg.fit(hist[FEATURES], hist[TARGET], categorical_feature=["store_id", "item_id"])
pred = reg.predict(hold[FEATURES])

mean_model = DummyRegressor(strategy="mean").fit(hist[FEATURES], hist[TARGET])
naive = hold["si_mean_units"].fillna(hist[TARGET].mean())

y = hold[TARGET].values
for name, p in [("dummy mean", mean_model.predict(hold[FEATURES])),
                ("store-item mean", naive.values),
                ("lightgbm", pred)]:
    print(f"{name:16s} MAE {mean_absolute_error(y, p):7.3f}  "
          f"RMSE {mean_squared_error(y, p) ** 0.5:7.3f}  WAPE {wape(y, p):.3f}")

# refit on all labelled weeks for the real forecast
si, it = store_item_stats(sales)
full = attach(add_rel_price(sales, sales), si, it)
fut = attach(add_rel_price(future, sales), si, it)
reg.fit(full[FEATURES], full[TARGET], categorical_feature=["store_id", "item_id"])
fut["prediction"] = np.clip(reg.predict(fut[FEATURES]), 0, None)
fut["week"] = fut["week"].dt.strftime("%Y-%m-%d")
fut[["store_id", "item_id", "week", "prediction"]].to_csv("predictions.csv", index=False)
