"""Hourly electricity load with a small Keras MLP.

Chronological evaluation: everything before 2023-10-01 is used for fitting, the rest is the hold-out.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.preprocessing import MinMaxScaler
from tensorflow import keras
from tensorflow.keras import layers

tf.random.set_seed(42)
np.random.seed(42)

CUTOFF = pd.Timestamp("2023-10-01")

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
df = df.drop(columns=["settled_load_mw"])  # published days after the fact

df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
df["dow_sin"] = np.sin(2 * np.pi * df["dow"] / 7)
df["dow_cos"] = np.cos(2 * np.pi * df["dow"] / 7)
df["load_lag_24"] = df["load_mw"].shift(24)
df["load_lag_168"] = df["load_mw"].shift(168)
df["temp_lag_24"] = df["temperature"].shift(24)
df = df.dropna().reset_index(drop=True)

FEATURES = ["temperature", "dew_point", "humidity", "wind_speed", "cloud_cover", "solar_irradiance",
            "is_holiday", "hour_sin", "hour_cos", "dow_sin", "dow_cos", "month",
            "load_lag_24", "load_lag_168", "temp_lag_24"]

# scale features to [0, 1] for the network
scaler = MinMaxScaler()
X_all = scaler.fit_transform(df[FEATURES])
y_all = df["load_mw"].to_numpy()

is_train = (df["timestamp"] < CUTOFF).to_numpy()
X_train, y_train = X_all[is_train], y_all[is_train]
X_test, y_test = X_all[~is_train], y_all[~is_train]
print("train", X_train.shape, "test", X_test.shape)

# naive seasonal baseline: same hour one week earlier
baseline = df.loc[~is_train, "load_lag_168"].to_numpy()
print(f"seasonal naive baseline MAE: {mean_absolute_error(y_test, baseline):.2f}")

y_mean, y_std = y_train.mean(), y_train.std()

model = keras.Sequential([
    layers.Input(shape=(len(FEATURES),)),
    layers.Dense(128, activation="relu"),
    layers.Dropout(0.1),
    layers.Dense(64, activation="relu"),
    layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mae")
early = keras.callbacks.EarlyStopping(monitor="val_loss", patience=10, restore_best_weights=True)

# validation_split takes the LAST 10% of the (chronological) training rows
history = model.fit(X_train, (y_train - y_mean) / y_std, validation_split=0.1, epochs=200,
                    batch_size=256, callbacks=[early], verbose=2)

pred = model.predict(X_test).ravel() * y_std + y_mean
print(f"MLP MAE : {mean_absolute_error(y_test, pred):.2f}")
print(f"MLP MAPE: {100 * mean_absolute_percentage_error(y_test, pred):.2f}%")

pd.DataFrame({"timestamp": df.loc[~is_train, "timestamp"], "actual": y_test, "predicted": pred}) \
    .to_csv("holdout_forecast.csv", index=False)
model.save("load_mlp.keras")
