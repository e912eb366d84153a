"""Hourly load: lag/rolling features + Keras MLP, strictly chronological evaluation.

All rolling statistics are computed on the series shifted by one hour, so a row only
sees load values up to the previous hour.
"""
import numpy as np
import pandas as pd
import keras
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").set_index("timestamp")
df["load_mw"] = df["load_mw"].ffill()

past = df["load_mw"].shift(1)
feat = pd.DataFrame(index=df.index)
for lag in (1, 2, 3, 24, 48, 168):
    feat[f"lag_{lag}"] = df["load_mw"].shift(lag)
feat["roll_mean_24"] = past.rolling(24).mean()
feat["roll_std_24"] = past.rolling(24).std()
feat["roll_max_168"] = past.rolling(168).max()
feat["temperature_c"] = df["temperature_c"]
feat["temp_sq"] = df["temperature_c"] ** 2
feat["humidity"] = df["humidity"]
feat["wind_speed"] = df["wind_speed"]
feat["is_holiday"] = df["is_holiday"]
feat["hour_sin"] = np.sin(2 * np.pi * df.index.hour / 24)
feat["hour_cos"] = np.cos(2 * np.pi * df.index.hour / 24)
feat["is_weekend"] = (df.index.dayofweek >= 5).astype(int)
feat["y"] = df["load_mw"]
feat = feat.dropna()

n = len(feat)
train = feat.iloc[: int(0.7 * n)]
val = feat.iloc[int(0.7 * n): int(0.85 * n)]
test = feat.iloc[int(0.85 * n):]
assert train.index.max() < val.index.min() < test.index.min()

X_COLS = [c for c in feat.columns if c != "y"]
Xtr, ytr = train[X_COLS].to_numpy("float32"), train["y"].to_numpy("float32")
Xva, yva = val[X_COLS].to_numpy("float32"), val["y"].to_numpy("float32")
Xte, yte = test[X_COLS].to_numpy("float32"), test["y"].to_numpy("float32")

norm = keras.layers.Normalization()
norm.adapt(Xtr)
model = keras.Sequential([
    keras.Input(shape=(len(X_COLS),)),
    norm,
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.1),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mae")
model.fit(Xtr, ytr, validation_data=(Xva, yva), epochs=200, batch_size=256, verbose=0,
          callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=15, restore_best_weights=True)])

pred = model.predict(Xte, verbose=0).ravel()
print(f"MLP                      MAE {mean_absolute_error(yte, pred):7.1f} MW")
print(f"baseline persistence     MAE {mean_absolute_error(yte, test['lag_1']):7.1f} MW")
print(f"baseline seasonal (t-24) MAE {mean_absolute_error(yte, test['lag_24']):7.1f} MW")
print(f"baseline weekly (t-168)  MAE {mean_absolute_error(yte, test['lag_168']):7.1f} MW")
