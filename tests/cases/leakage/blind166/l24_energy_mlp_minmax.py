"""Hourly load forecast with a small neural net (sklearn MLP).

Holdout: everything from 2023-10-01 on (train.csv ends 2023-12-31).
"""
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import MinMaxScaler

CUTOFF = pd.Timestamp("2023-10-01")

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(df.tail())

df["temperature_c"] = df["temperature_c"].ffill()
df["humidity"] = df["humidity"].ffill()
df["wind_speed"] = df["wind_speed"].ffill()
test[["temperature_c", "humidity", "wind_speed"]] = test[["temperature_c", "humidity", "wind_speed"]].ffill()


def encode_time(d):
    d["hour_sin"] = np.sin(2 * np.pi * d["timestamp"].dt.hour / 24)
    d["hour_cos"] = np.cos(2 * np.pi * d["timestamp"].dt.hour / 24)
    d["dow_sin"] = np.sin(2 * np.pi * d["timestamp"].dt.dayofweek / 7)
    d["dow_cos"] = np.cos(2 * np.pi * d["timestamp"].dt.dayofweek / 7)
    d["doy_sin"] = np.sin(2 * np.pi * d["timestamp"].dt.dayofyear / 365.25)
    d["doy_cos"] = np.cos(2 * np.pi * d["timestamp"].dt.dayofyear / 365.25)
    return d


df = encode_time(df)
test = encode_time(test)

cols = ["temperature_c", "humidity", "wind_speed", "is_holiday",
        "hour_sin", "hour_cos", "dow_sin", "dow_cos", "doy_sin", "doy_cos"]

# neural nets want inputs in [0, 1]
scaler = MinMaxScaler()
df[cols] = scaler.fit_transform(df[cols])
test[cols] = scaler.transform(test[cols])

train = df[df["timestamp"] < CUTOFF]
hold = df[df["timestamp"] >= CUTOFF]
y_scale = train["load_mw"].max()
print("train", train.timestamp.min(), "->", train.timestamp.max(), len(train))
print("hold ", hold.timestamp.min(), "->", hold.timestamp.max(), len(hold))

net = MLPRegressor(hidden_layer_sizes=(64, 32), activation="relu", alpha=1e-4,
                   learning_rate_init=1e-3, max_iter=300, early_stopping=True,
                   validation_fraction=0.1, random_state=1)
net.fit(train[cols], train["load_mw"] / y_scale)

pred = net.predict(hold[cols]) * y_scale
print("MAE :", round(mean_absolute_error(hold["load_mw"], pred), 2))
print("RMSE:", round(mean_squared_error(hold["load_mw"], pred) ** 0.5, 2))
print("R2  :", round(r2_score(hold["load_mw"], pred), 4))

monthly = pd.DataFrame({"month": hold["timestamp"].dt.to_period("M"),
                        "err": np.abs(hold["load_mw"].values - pred)})
print(monthly.groupby("month")["err"].mean())

net.fit(df[cols], df["load_mw"] / y_scale)
pd.DataFrame({"obs_id": test["obs_id"], "prediction": net.predict(test[cols]) * y_scale}).to_csv(
    "predictions.csv", index=False)
