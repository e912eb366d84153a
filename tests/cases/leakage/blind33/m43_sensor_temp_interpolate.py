# Next-hour temperature forecast from a greenhouse sensor log
# sensor_log.csv: timestamp, temperature, humidity, co2, light (irregular, ~every 5 min, with gaps)

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

log = pd.read_csv("sensor_log.csv")
log["timestamp"] = pd.to_datetime(log["timestamp"])
log = log.sort_values("timestamp").set_index("timestamp")
print(log.describe())
print("missing:\n", log.isna().sum())

# sensor glitches: values outside the physical range -> NaN
log.loc[(log["temperature"] < -10) | (log["temperature"] > 60), "temperature"] = np.nan
log.loc[(log["humidity"] < 0) | (log["humidity"] > 100), "humidity"] = np.nan

hourly = log.resample("1H").mean()
print("hours with no reading:", hourly["temperature"].isna().sum())

# fill the gaps so the lags are continuous
hourly = hourly.interpolate(method="time")
hourly = hourly.bfill()

hourly["hour"] = hourly.index.hour
hourly["doy"] = hourly.index.dayofyear
for k in (1, 2, 3, 6, 12, 24):
    hourly[f"temp_lag{k}"] = hourly["temperature"].shift(k)
hourly["hum_lag1"] = hourly["humidity"].shift(1)
hourly["light_lag1"] = hourly["light"].shift(1)
hourly["co2_lag1"] = hourly["co2"].shift(1)
hourly["temp_next"] = hourly["temperature"].shift(-1)
hourly = hourly.dropna()

features = ["hour", "doy", "temperature", "humidity", "light", "co2",
            "temp_lag1", "temp_lag2", "temp_lag3", "temp_lag6", "temp_lag12", "temp_lag24",
            "hum_lag1", "light_lag1", "co2_lag1"]

split_time = hourly.index[int(len(hourly) * 0.8)]
train = hourly[hourly.index < split_time]
test = hourly[hourly.index >= split_time]
print("train", train.shape, "test", test.shape, "split at", split_time)

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0)
gbr.fit(train[features], train["temp_next"])
pred = gbr.predict(test[features])

print("MAE  %.3f degC" % mean_absolute_error(test["temp_next"], pred))
print("R2   %.3f" % r2_score(test["temp_next"], pred))

ax = test["temp_next"].iloc[:24 * 7].plot(figsize=(14, 4), label="actual")
pd.Series(pred, index=test.index).iloc[:24 * 7].plot(ax=ax, label="predicted")
ax.legend()
plt.savefig("greenhouse_forecast_week.png")
