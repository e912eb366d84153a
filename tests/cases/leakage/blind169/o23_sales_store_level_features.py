# Weekly sales forecasting - gradient boosting with store/department profile features.
# Holdout: the final 10 weeks of history.
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "units_sold"
df = pd.read_csv("train.csv", parse_dates=["week_start"]).sort_values(["store_id", "dept", "week_start"])
print(df.shape, df["store_id"].nunique(), df["dept"].nunique())

# ---- profile features: how big / how volatile / how promo-sensitive is each store-dept
sd = df.groupby(["store_id", "dept"])
df["sd_mean_units"] = sd[TARGET].transform("mean")
df["sd_std_units"] = sd[TARGET].transform("std")
df["sd_median_units"] = sd[TARGET].transform("median")
promo_lift = (df[df.promo_flag == 1].groupby(["store_id", "dept"])[TARGET].mean()
              / df[df.promo_flag == 0].groupby(["store_id", "dept"])[TARGET].mean()).rename("sd_promo_lift")
df = df.merge(promo_lift.reset_index(), on=["store_id", "dept"], how="left")
df["sd_promo_lift"] = df["sd_promo_lift"].fillna(1.0)

# ---- calendar + lags
df["lag_1"] = df.groupby(["store_id", "dept"])[TARGET].shift(1)
df["lag_52"] = df.groupby(["store_id", "dept"])[TARGET].shift(52)
df["week_no"] = df["week_start"].dt.isocalendar().week.astype(int)
df["store_type_code"] = df["store_type"].map({"A": 0, "B": 1, "C": 2})

FEATURES = ["store_size", "store_type_code", "avg_price", "promo_flag", "holiday_flag", "temperature",
            "fuel_price", "sd_mean_units", "sd_std_units", "sd_median_units", "sd_promo_lift",
            "lag_1", "lag_52", "week_no"]

last_week = df["week_start"].max()
holdout_start = last_week - pd.Timedelta(weeks=9)
train_df = df[(df["week_start"] < holdout_start) & df["lag_1"].notna()]
valid_df = df[df["week_start"] >= holdout_start]
print("train weeks:", train_df.week_start.nunique(), "holdout weeks:", valid_df.week_start.nunique())

model = HistGradientBoostingRegressor(loss="poisson", max_iter=600, learning_rate=0.05,
                                      max_leaf_nodes=63, min_samples_leaf=30, random_state=0)
model.fit(train_df[FEATURES], train_df[TARGET])
pred = model.predict(valid_df[FEATURES])

seasonal_naive = valid_df["lag_52"].fillna(valid_df["lag_1"])
print("seasonal naive baseline MAE:", round(mean_absolute_error(valid_df[TARGET], seasonal_naive), 2))
print("HGB MAE:", round(mean_absolute_error(valid_df[TARGET], pred), 2))

by_type = valid_df.assign(abs_err=np.abs(valid_df[TARGET] - pred)).groupby("store_type")["abs_err"].mean()
print(by_type.round(2))
