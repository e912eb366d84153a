"""First-weeks demand for newly launched grocery items.

Items are scored only if they launched after the cutoff, so every evaluated
item is unknown to the model; category-level context comes from the
training period.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

CUTOFF = pd.Timestamp("2023-07-01")

sales = pd.read_csv("item_weekly_sales.csv", parse_dates=["week"])
items = pd.read_csv("item_master.csv", parse_dates=["launch_date"])
sales = sales.merge(items, on="item_id", how="left")
sales = sales.sort_values(["item_id", "week"]).reset_index(drop=True)

sales["weeks_since_launch"] = ((sales["week"] - sales["launch_date"]).dt.days // 7).clip(lower=0)
sales["log_price"] = np.log(sales["shelf_price"])
sales["on_promo"] = sales["promo_flag"].fillna(0).astype(int)

item_hist = sales.groupby("item_id")["units"]
sales["units_prev"] = item_hist.shift(1)
sales["units_prev2"] = item_hist.shift(2)
sales["units_cum_prev"] = item_hist.transform(lambda s: s.shift(1).cumsum())
sales[["units_prev", "units_prev2", "units_cum_prev"]] = sales[["units_prev", "units_prev2", "units_cum_prev"]].fillna(0)

train = sales[sales["week"] < CUTOFF].copy()
test = sales[sales["week"] >= CUTOFF].copy()
test = test[~test["item_id"].isin(train["item_id"].unique())]
test = test[test["weeks_since_launch"] < 12]

cat_week = train.groupby(["category", "weeks_since_launch"])["units"].mean().rename("cat_curve")
cat_price = train.groupby("category")["log_price"].median().rename("cat_log_price")
for part in ("train", "test"):
    frame = train if part == "train" else test
    frame = frame.join(cat_week, on=["category", "weeks_since_launch"]).join(cat_price, on="category")
    frame["rel_price"] = frame["log_price"] - frame["cat_log_price"]
    if part == "train":
        train = frame
    else:
        test = frame

features = ["weeks_since_launch", "log_price", "rel_price", "on_promo", "cat_curve", "n_stores_listed",
            "units_prev", "units_prev2", "units_cum_prev"]
model = HistGradientBoostingRegressor(loss="poisson", max_iter=400, learning_rate=0.05, random_state=0)
model.fit(train[features], train["units"])
pred = model.predict(test[features])

dummy = DummyRegressor(strategy="median").fit(train[features], train["units"])
print(f"new items evaluated: {test['item_id'].nunique()}  rows: {len(test)}")
print(f"model MAE                 : {mean_absolute_error(test['units'], pred):.2f}")
print(f"dummy baseline MAE        : {mean_absolute_error(test['units'], dummy.predict(test[features])):.2f}")
print(f"category-curve baseline MAE: {mean_absolute_error(test['units'], test['cat_curve'].fillna(train['units'].mean())):.2f}")
