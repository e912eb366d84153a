import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["date"]).sort_values("date")
df["price"] = df["price"].bfill()
df["competitor_price"] = df["competitor_price"].fillna(method="bfill")
df["lag_1"] = df.groupby("store_id")["units"].shift(1)
df = df.dropna(subset=["lag_1"])
feats = ["price", "competitor_price", "promo", "lag_1"]

train = df[df.date < "2024-06-01"]
test = df[df.date >= "2024-06-01"]
rf = RandomForestRegressor(n_estimators=200, n_jobs=-1).fit(train[feats], train.units)
print("naive baseline (yesterday)", mean_absolute_error(test.units, test.lag_1))
print("rf", mean_absolute_error(test.units, rf.predict(test[feats])))
