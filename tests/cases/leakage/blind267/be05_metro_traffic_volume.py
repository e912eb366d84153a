# Metro Interstate Traffic Volume (I-94, Minneapolis) - hourly volume model
# UCI dataset, hourly rows 2012-2018. Trying gradient boosting with lags + weather.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("Metro_Interstate_Traffic_Volume.csv", parse_dates=["date_time"])
print(df.shape)
print(df.dtypes)

# there are duplicate timestamps (one row per weather description), keep the first
df = df.drop_duplicates(subset="date_time", keep="first")

# newest rows on top, easier to eyeball the recent data
df = df.sort_values("date_time", ascending=False).reset_index(drop=True)
print(df.head(10))

print(df["weather_main"].value_counts())
print(df.groupby(df["date_time"].dt.hour)["traffic_volume"].mean().round())

# ---- features ----
df["hour"] = df["date_time"].dt.hour
df["dow"] = df["date_time"].dt.dayofweek
df["month"] = df["date_time"].dt.month
df["is_holiday"] = (df["holiday"] != "None").astype(int)
df["temp_c"] = df["temp"] - 273.15
df.loc[df["temp_c"] < -60, "temp_c"] = np.nan  # a few 0 Kelvin rows
df["rain_1h"] = df["rain_1h"].clip(upper=50)

df["lag_1"] = df["traffic_volume"].shift(1)
df["lag_2"] = df["traffic_volume"].shift(2)
df["lag_24"] = df["traffic_volume"].shift(24)
df["roll_mean_6"] = df["traffic_volume"].shift(1).rolling(6).mean()
df["roll_mean_24"] = df["traffic_volume"].shift(1).rolling(24).mean()

weather = pd.get_dummies(df["weather_main"], prefix="w", dtype=int)
df = pd.concat([df, weather], axis=1)
df = df.dropna(subset=["lag_24", "roll_mean_24", "temp_c"])

feature_cols = ["hour", "dow", "month", "is_holiday", "temp_c", "rain_1h", "snow_1h",
                "clouds_all", "lag_1", "lag_2", "lag_24", "roll_mean_6", "roll_mean_24"]
feature_cols += list(weather.columns)

# ---- split on time: 2018 is the test year ----
cutoff = pd.Timestamp("2018-01-01")
train = df[df["date_time"] < cutoff]
test = df[df["date_time"] >= cutoff]
print("train", train.shape, "test", test.shape)

# persistence baseline: same hour the day before
print("baseline MAE (lag_24):", round(mean_absolute_error(test["traffic_volume"], test["lag_24"]), 1))

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=5, learning_rate=0.05,
                                subsample=0.8, random_state=1)
gbr.fit(train[feature_cols], train["traffic_volume"])
pred = gbr.predict(test[feature_cols])

print("GBR MAE:", round(mean_absolute_error(test["traffic_volume"], pred), 1))
print("GBR R2 :", round(r2_score(test["traffic_volume"], pred), 3))

top = sorted(zip(gbr.feature_importances_, feature_cols), reverse=True)[:8]
for imp, name in top:
    print(f"{name:15s} {imp:.3f}")
