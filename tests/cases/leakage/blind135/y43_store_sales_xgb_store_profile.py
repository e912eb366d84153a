# Store sales forecasting - XGBoost with store-level profile features
# Validation mimics the hidden test: stores not used for fitting, weeks after the cutoff.

import json
import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.metrics import mean_absolute_error

cfg = json.load(open("task.json"))
TARGET = cfg["target"]
STORE = cfg["group_column"]
WEEK = cfg["time_column"]

sales = pd.read_csv("train.csv", parse_dates=[WEEK])
sales = sales.sort_values([STORE, WEEK]).reset_index(drop=True)
print(f"{sales[STORE].nunique()} stores x {sales[WEEK].nunique()} weeks")

# store profile: level and volatility of each store's sales
grp = sales.groupby(STORE)[TARGET]
sales["store_mean"] = grp.transform("mean")
sales["store_std"] = grp.transform("std")
sales["store_cv"] = sales["store_std"] / sales["store_mean"]

# drivers
sales["markdown_total"] = sales["markdown_total"].fillna(0)
sales["promo_prev"] = sales.groupby(STORE)["promo_flag"].shift(1).fillna(0)
sales["traffic_prev"] = sales.groupby(STORE)["foot_traffic"].shift(1)
sales["traffic_4w"] = sales.groupby(STORE)["foot_traffic"].transform(lambda s: s.shift(1).rolling(4).mean())
sales["woy"] = sales[WEEK].dt.isocalendar().week.astype(int)
sales["sales_52w_ago"] = grp.shift(52)
sales["format_code"] = sales["store_format"].map({"hyper": 0, "super": 1, "express": 2})

cols = ["store_mean", "store_std", "store_cv", "store_size_sqft", "format_code", "promo_flag",
        "promo_prev", "holiday_week", "avg_temp", "fuel_price", "markdown_total", "foot_traffic",
        "traffic_prev", "traffic_4w", "woy"]

rs = np.random.RandomState(1234)
stores = sales[STORE].unique()
eval_stores = rs.choice(stores, int(len(stores) * 0.2), replace=False)
cutoff = pd.Timestamp("2023-09-01")
fit_set = sales[(sales[WEEK] < cutoff) & (~sales[STORE].isin(eval_stores))]
eval_set = sales[(sales[WEEK] >= cutoff) & (sales[STORE].isin(eval_stores))]
print("fit", fit_set.shape, "eval", eval_set.shape)

xgbm = XGBRegressor(n_estimators=900, max_depth=6, learning_rate=0.03, subsample=0.8,
                    colsample_bytree=0.8, min_child_weight=10, objective="reg:squarederror",
                    random_state=0)
xgbm.fit(fit_set[cols], fit_set[TARGET])
eval_set = eval_set.assign(pred=xgbm.predict(eval_set[cols]))

seasonal = eval_set["sales_52w_ago"].fillna(eval_set["traffic_prev"] * fit_set[TARGET].sum() / fit_set["foot_traffic"].sum())
print("seasonal naive (52w) MAE:", round(mean_absolute_error(eval_set[TARGET], seasonal), 1))
print("xgboost MAE            :", round(mean_absolute_error(eval_set[TARGET], eval_set["pred"]), 1))
wape = (eval_set[TARGET] - eval_set["pred"]).abs().sum() / eval_set[TARGET].sum()
print("xgboost WAPE           :", round(wape, 4))

per_store = eval_set.groupby(STORE).apply(lambda d: mean_absolute_error(d[TARGET], d["pred"]))
print(per_store.describe())
