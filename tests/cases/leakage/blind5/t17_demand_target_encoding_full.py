# demand take-home: weekly units per store/sku
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])

print(df.shape, test.shape)
print(df.head())
print(df.units_sold.describe())
print(df.groupby("holiday").units_sold.mean())
print(df[["price", "temperature", "units_sold"]].corr())
print(df.isna().mean())
print(df.groupby("store").units_sold.sum().sort_values(ascending=False).head(10))
print(df.groupby(df.week.dt.month).units_sold.mean())

# --- level features: how much a store/sku usually sells ---------------------
df["store_sku_level"] = df.groupby(["store", "sku"])["units_sold"].transform("mean")
df["sku_level"] = df.groupby("sku")["units_sold"].transform("mean")
df["store_level"] = df.groupby("store")["units_sold"].transform("mean")

levels_ss = df.groupby(["store", "sku"])["units_sold"].mean().rename("store_sku_level").reset_index()
levels_sku = df.groupby("sku")["units_sold"].mean().rename("sku_level").reset_index()
levels_store = df.groupby("store")["units_sold"].mean().rename("store_level").reset_index()
test = (test.merge(levels_ss, on=["store", "sku"], how="left")
            .merge(levels_sku, on="sku", how="left")
            .merge(levels_store, on="store", how="left"))


def calendar(frame):
    frame["week_of_year"] = frame["week"].dt.isocalendar().week.astype(int)
    frame["promo_holiday"] = frame["promo"] * frame["holiday"]
    return frame


df = calendar(df)
test = calendar(test)

FEATURES = ["price", "promo", "promo_holiday", "holiday", "temperature", "week_of_year",
            "store_sku_level", "sku_level", "store_level"]

# --- hold out the last 8 weeks -----------------------------------------------
last_weeks = np.sort(df.week.unique())[-8:]
is_valid = df.week.isin(last_weeks)
train_part, valid_part = df[~is_valid], df[is_valid]
print("train weeks:", train_part.week.nunique(), "valid weeks:", valid_part.week.nunique())

model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.04, max_depth=8, random_state=3)
model.fit(train_part[FEATURES], train_part.units_sold)
pred = model.predict(valid_part[FEATURES])
print("MAE ", mean_absolute_error(valid_part.units_sold, pred))
print("RMSE", mean_squared_error(valid_part.units_sold, pred) ** 0.5)
print("WAPE", np.abs(valid_part.units_sold - pred).sum() / valid_part.units_sold.sum())

by_store = (valid_part.assign(err=np.abs(valid_part.units_sold - pred))
            .groupby("store").err.mean().sort_values(ascending=False))
print("worst stores by MAE:\n", by_store.head())

# --- fit everything, predict test -------------------------------------------
model.fit(df[FEATURES], df.units_sold)
test["prediction"] = np.clip(model.predict(test[FEATURES]), 0, None)
assert test["prediction"].notna().all(), "missing predictions"
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote", len(test), "rows")
