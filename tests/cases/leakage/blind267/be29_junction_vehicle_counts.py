# Smart city traffic - hourly vehicle counts at junction 1
# train_ML_IOT.csv: DateTime, Junction, Vehicles, ID
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

raw = pd.read_csv("train_ML_IOT.csv", parse_dates=["DateTime"])
print(raw.Junction.value_counts())

j1 = raw[raw["Junction"] == 1].drop(columns=["ID", "Junction"])
j1 = j1.sort_values("DateTime").set_index("DateTime")
print(j1.index.min(), "->", j1.index.max(), len(j1), "hours")

# growth is strong over the 20 months, log helps
j1["log_veh"] = np.log1p(j1["Vehicles"])

j1["hour"] = j1.index.hour
j1["dow"] = j1.index.dayofweek
j1["is_weekend"] = (j1["dow"] >= 5).astype(int)
j1["t"] = np.arange(len(j1))  # trend
for lag in (1, 2, 3, 24, 48, 168):
    j1[f"lag_{lag}"] = j1["log_veh"].shift(lag)
j1["rmean_24"] = j1["log_veh"].shift(1).rolling(24).mean()
j1["rmean_168"] = j1["log_veh"].shift(1).rolling(168).mean()
j1 = j1.dropna()

FEATS = ["hour", "dow", "is_weekend", "t", "lag_1", "lag_2", "lag_3", "lag_24",
         "lag_48", "lag_168", "rmean_24", "rmean_168"]

# last 4 weeks for testing
cut = j1.index.max() - pd.Timedelta(weeks=4)
train, test = j1.loc[:cut], j1.loc[cut + pd.Timedelta(hours=1):]
print("train", train.shape, "test", test.shape)

hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
hgb.fit(train[FEATS], train["log_veh"])
pred = np.expm1(hgb.predict(test[FEATS]))

mae = mean_absolute_error(test["Vehicles"], pred)
rmse = np.sqrt(mean_squared_error(test["Vehicles"], pred))
print(f"HGB   MAE {mae:.2f}  RMSE {rmse:.2f}")

# error by hour of day
err = (test["Vehicles"] - pred).abs()
print(err.groupby(test["hour"]).mean().round(1))
