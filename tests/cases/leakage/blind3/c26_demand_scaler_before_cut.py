import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["week"])
df = df.sort_values(["store_id", "week"])
df["lag_1"] = df.groupby("store_id")["units_sold"].shift(1)
df = df.dropna(subset=["lag_1"])
num = ["lag_1", "price", "promo_depth", "temperature"]
df[num] = StandardScaler().fit_transform(df[num])

cut = pd.Timestamp("2024-01-01")
train, test = df[df.week < cut], df[df.week >= cut]
ridge = Ridge(alpha=1.0).fit(train[num], train.units_sold)
base = DummyRegressor().fit(train[num], train.units_sold)
print("MAE", mean_absolute_error(test.units_sold, ridge.predict(test[num])),
      "baseline", mean_absolute_error(test.units_sold, base.predict(test[num])))
