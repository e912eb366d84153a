"""Daily unit sales per item-store with LightGBM (Tweedie) on lag / rolling features.

Holdout: the last 28 days available in train.csv. Baseline: 28-day moving average.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_squared_error

HORIZON = 28

sales = pd.read_csv("train.csv", parse_dates=["date"])
prices = pd.read_csv("sell_prices.csv")
calendar = pd.read_csv("calendar.csv", parse_dates=["date"])

sales = sales.drop(columns=["sell_price"]).merge(prices, on=["store_id", "item_id", "wm_yr_wk"], how="left")
sales = sales.merge(calendar[["date", "event_name_1", "event_type_1"]], on="date", how="left")
sales["uid"] = sales["item_id"] + "_" + sales["store_id"]
sales = sales.sort_values(["uid", "date"]).reset_index(drop=True)

grp = sales.groupby("uid")["sales"]
sales["lag_28"] = grp.shift(28)
sales["lag_35"] = grp.shift(35)
sales["roll_mean_7"] = grp.transform(lambda s: s.rolling(7, min_periods=1).mean())
sales["roll_mean_28"] = grp.transform(lambda s: s.rolling(28, min_periods=1).mean())
sales["roll_max_28"] = grp.transform(lambda s: s.rolling(28, min_periods=1).max())
sales["nonzero_share_28"] = grp.transform(lambda s: (s > 0).rolling(28, min_periods=1).mean())

sales["dow"] = sales["date"].dt.dayofweek
sales["dom"] = sales["date"].dt.day
sales["is_event"] = sales["event_name_1"].notna().astype(int)
sales["price_change"] = sales.groupby("uid")["sell_price"].pct_change().fillna(0)
for c in ["item_id", "dept_id", "cat_id", "store_id", "event_type_1"]:
    sales[c] = sales[c].astype("category")

feats = ["item_id", "dept_id", "cat_id", "store_id", "event_type_1", "is_event", "dow", "dom",
         "sell_price", "price_change", "lag_28", "lag_35",
         "roll_mean_7", "roll_mean_28", "roll_max_28", "nonzero_share_28"]

split_date = sales["date"].max() - pd.Timedelta(days=HORIZON)
train_df = sales[(sales["date"] <= split_date) & sales["lag_35"].notna()]
valid_df = sales[sales["date"] > split_date]

dtrain = lgb.Dataset(train_df[feats], label=train_df["sales"])
params = {
    "objective": "tweedie",
    "tweedie_variance_power": 1.2,
    "learning_rate": 0.03,
    "num_leaves": 63,
    "min_data_in_leaf": 50,
    "lambda_l2": 1.0,
    "feature_fraction": 0.8,
    "verbose": -1,
}
booster = lgb.train(params, dtrain, num_boost_round=1200)

valid_df = valid_df.copy()
valid_df["pred"] = booster.predict(valid_df[feats])

# moving-average baseline: mean of the 28 days before the split, per series
last_month = train_df[train_df["date"] > split_date - pd.Timedelta(days=28)]
ma = last_month.groupby("uid")["sales"].mean().rename("ma28")
valid_df = valid_df.merge(ma, left_on="uid", right_index=True, how="left")
valid_df["ma28"] = valid_df["ma28"].fillna(0)

rmse_model = mean_squared_error(valid_df["sales"], valid_df["pred"]) ** 0.5
rmse_base = mean_squared_error(valid_df["sales"], valid_df["ma28"]) ** 0.5
print(f"RMSE lightgbm   {rmse_model:.4f}")
print(f"RMSE ma28 base  {rmse_base:.4f}")
print(f"improvement     {1 - rmse_model / rmse_base:.1%}")

imp = pd.Series(booster.feature_importance("gain"), index=feats).sort_values(ascending=False)
print(imp.head(10))
