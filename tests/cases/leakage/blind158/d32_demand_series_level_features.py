# Weekly demand - gradient boosting with series-level features
# ------------------------------------------------------------
# Each store x SKU series has its own sales level; giving the model that
# level explicitly helps the low-volume series a lot.

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

SERIES = ["store_id", "sku"]

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.drop(columns=["weekly_revenue"])          # revenue = price * units -> leaks the target
df = df.sort_values(SERIES + ["week_start"]).reset_index(drop=True)
df["price"] = df.groupby(SERIES)["price"].ffill()

print("weeks:", df.week_start.nunique(), "series:", df.groupby(SERIES).ngroups)
print(df.describe().T[["mean", "std", "min", "max"]])

g = df.groupby(SERIES)

# series level / volatility
df["series_mean_units"] = g["units_sold"].transform("mean")
df["series_std_units"] = g["units_sold"].transform("std")
df["series_promo_uplift"] = (
    df.groupby(SERIES + ["promo_flag"])["units_sold"].transform("mean") / df["series_mean_units"]
)

# recent dynamics
df["lag1"] = g["units_sold"].shift(1)
df["lag2"] = g["units_sold"].shift(2)
df["lag52"] = g["units_sold"].shift(52)
df["price_index"] = df["price"] / g["price"].transform(lambda s: s.shift(1).rolling(12, min_periods=1).median())

df["week"] = df["week_start"].dt.isocalendar().week.astype(int)
df["cat_code"] = df["category"].map({"beverages": 0, "snacks": 1, "dairy": 2, "household": 3, "frozen": 4})

features = ["series_mean_units", "series_std_units", "series_promo_uplift", "lag1", "lag2", "lag52",
            "price", "price_index", "promo_flag", "display_flag", "holiday_week", "temperature",
            "store_size", "week", "cat_code"]

# hold out the final 10 weeks
weeks = np.sort(df["week_start"].unique())
cutoff = weeks[-10]
train = df[df.week_start < cutoff]
test = df[df.week_start >= cutoff]
print("train weeks:", train.week_start.nunique(), "test weeks:", test.week_start.nunique())

model = HistGradientBoostingRegressor(loss="poisson", max_iter=600, learning_rate=0.05,
                                      max_leaf_nodes=48, min_samples_leaf=30, random_state=5)
model.fit(train[features], train["units_sold"])
pred = model.predict(test[features])

baseline = test["lag1"].fillna(train["units_sold"].mean())
mae_model = mean_absolute_error(test["units_sold"], pred)
mae_base = mean_absolute_error(test["units_sold"], baseline)
print(f"MAE naive last-week baseline: {mae_base:.3f}")
print(f"MAE gradient boosting:        {mae_model:.3f}  ({1 - mae_model / mae_base:.1%} better)")

by_cat = test.assign(err=np.abs(test["units_sold"] - pred)).groupby("category")["err"].mean()
print(by_cat.round(3))

# forecast test.csv with the model refit on the whole history
model.fit(df[features], df["units_sold"])
fut = pd.read_csv("test.csv", parse_dates=["week_start"])
last = df.sort_values("week_start").groupby(SERIES).tail(1).set_index(SERIES)
level = df.groupby(SERIES)[["series_mean_units", "series_std_units"]].first()
fut = fut.join(level, on=SERIES)
fut["series_promo_uplift"] = 1.0
fut["lag1"] = fut.set_index(SERIES).index.map(last["units_sold"])
fut["lag2"] = fut.set_index(SERIES).index.map(last["lag1"])
fut["lag52"] = np.nan
fut["price_index"] = fut["price"] / fut.set_index(SERIES).index.map(last["price"])
fut["week"] = fut["week_start"].dt.isocalendar().week.astype(int)
fut["cat_code"] = fut["category"].map({"beverages": 0, "snacks": 1, "dairy": 2, "household": 3, "frozen": 4})
pd.DataFrame({"row_id": fut["row_id"], "prediction": model.predict(fut[features])}).to_csv("predictions.csv", index=False)
