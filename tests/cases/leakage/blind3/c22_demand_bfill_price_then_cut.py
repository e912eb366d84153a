import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["week"])
df = df.sort_values(["store_id", "week"])
# prices are missing for some weeks: take the next known price
df["price"] = df.groupby("store_id")["price"].bfill()
df["promo_depth"] = df.groupby("store_id")["promo_depth"].fillna(method="bfill")
df["lag_1"] = df.groupby("store_id")["units_sold"].shift(1)

cut = pd.Timestamp("2024-01-01")
train = df[df.week < cut].dropna()
test = df[df.week >= cut].dropna()
feats = ["price", "promo_depth", "lag_1", "store_id"]
rf = RandomForestRegressor(n_estimators=300, random_state=0).fit(train[feats], train.units_sold)
base = DummyRegressor(strategy="mean").fit(train[feats], train.units_sold)
print("MAE", mean_absolute_error(test.units_sold, rf.predict(test[feats])),
      "baseline MAE", mean_absolute_error(test.units_sold, base.predict(test[feats])))
