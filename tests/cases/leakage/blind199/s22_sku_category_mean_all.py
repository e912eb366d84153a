# SKU x warehouse weekly demand -- XGBoost with a category demand-level feature
# usage: python s23_sku_category_mean_train.py

import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.metrics import mean_absolute_error

HOLDOUT_WEEKS = 10

df = pd.read_csv("train.csv")
df["week"] = pd.to_datetime(df["week"])
df = df.sort_values(["sku_id", "warehouse_id", "week"]).reset_index(drop=True)

# calendar + price features (row-wise)
df["woy"] = df.week.dt.isocalendar().week.astype(int)
df["quarter"] = df.week.dt.quarter
df["log_price"] = np.log1p(df.price)
df["promo_x_price"] = df.promo * df.log_price
df["stock_log"] = np.log1p(df.stock.clip(lower=0))

# average weekly units of the category / warehouse
df["cat_level"] = df.groupby("category")["units"].transform("mean")
df["wh_level"] = df.groupby("warehouse_id")["units"].transform("mean")

last_week = df.week.max()
cut = last_week - pd.Timedelta(weeks=HOLDOUT_WEEKS)
tr = df[df.week <= cut].copy()
te = df[df.week > cut].copy()
te = te[~te.sku_id.isin(tr.sku_id)]
print("train weeks:", tr.week.min().date(), "->", tr.week.max().date(), "| holdout rows:", len(te))

X_COLS = ["log_price", "promo", "promo_x_price", "stock_log", "woy", "quarter", "cat_level", "wh_level"]

xgb = XGBRegressor(n_estimators=600, max_depth=6, learning_rate=0.04, subsample=0.8,
                   colsample_bytree=0.8, objective="reg:tweedie", tweedie_variance_power=1.3,
                   random_state=0)
xgb.fit(tr[X_COLS], tr["units"])
te["pred"] = xgb.predict(te[X_COLS])

# naive baseline: the category level itself
te["pred_naive"] = te["cat_level"]
print("MAE  naive category-mean baseline: %.3f" % mean_absolute_error(te.units, te.pred_naive))
print("MAE  xgboost:                      %.3f" % mean_absolute_error(te.units, te.pred))

by_cat = te.groupby("category").apply(lambda g: pd.Series({
    "mae_model": mean_absolute_error(g.units, g.pred),
    "mae_naive": mean_absolute_error(g.units, g.pred_naive),
}))
print(by_cat.round(2))

# final predictions
sub = pd.read_csv("test.csv")
sub["week"] = pd.to_datetime(sub["week"])
sub["woy"] = sub.week.dt.isocalendar().week.astype(int)
sub["quarter"] = sub.week.dt.quarter
sub["log_price"] = np.log1p(sub.price)
sub["promo_x_price"] = sub.promo * sub.log_price
sub["stock_log"] = np.log1p(sub.stock.clip(lower=0))
cat_all = df.groupby("category")["units"].mean()
wh_all = df.groupby("warehouse_id")["units"].mean()
df["cat_level"], df["wh_level"] = df.category.map(cat_all), df.warehouse_id.map(wh_all)
sub["cat_level"] = sub.category.map(cat_all).fillna(df.units.mean())
sub["wh_level"] = sub.warehouse_id.map(wh_all).fillna(df.units.mean())
xgb.fit(df[X_COLS], df["units"])
pd.DataFrame({"id": sub["id"], "prediction": xgb.predict(sub[X_COLS])}).to_csv("predictions.csv", index=False)
