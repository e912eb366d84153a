"""Machine failure within 24 h: Keras LSTM on 24-reading windows.

Chronological evaluation (fit before April, validate on April, test on May).
Target `failure_24h`.
"""
import numpy as np
import pandas as pd
from tensorflow import keras
from tensorflow.keras import layers
from sklearn.metrics import accuracy_score

readings = pd.read_csv("train.csv", parse_dates=["reading_time"]).sort_values(["machine_id", "reading_time"])
readings = readings.dropna(subset=["temperature", "vibration", "pressure", "rpm", "voltage"])

SENSORS = ["temperature", "vibration", "pressure", "rpm", "voltage"]
WINDOW = 24
VAL_START, TEST_START = np.datetime64("2024-04-01"), np.datetime64("2024-05-01")


def make_windows(frame):
    """One window per reading: the machine's last WINDOW readings up to and including it."""
    X, y, t = [], [], []
    for _, g in frame.sort_values("reading_time").groupby("machine_id"):
        vals = g[SENSORS].to_numpy("float32")
        labels = g["failure_24h"].to_numpy()
        times = g["reading_time"].to_numpy()
        for end in range(WINDOW, len(g) + 1):
            X.append(vals[end - WINDOW:end])
            y.append(labels[end - 1])
            t.append(times[end - 1])
    return np.stack(X), np.array(y), np.array(t)


X, y, t = make_windows(readings)
fit_m, val_m, test_m = t < VAL_START, (t >= VAL_START) & (t < TEST_START), t >= TEST_START
X_fit, y_fit, X_val, y_val, X_test, y_test = X[fit_m], y[fit_m], X[val_m], y[val_m], X[test_m], y[test_m]

norm = layers.Normalization(axis=-1)
norm.adapt(X_fit)
model = keras.Sequential([
    keras.Input(shape=(WINDOW, len(SENSORS))),
    norm,
    layers.LSTM(48, return_sequences=True),
    layers.LSTM(16),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer=keras.optimizers.Adam(5e-4), loss="binary_crossentropy", metrics=["accuracy"])
neg, pos = np.bincount(y_fit.astype(int), minlength=2)
model.fit(X_fit, y_fit, validation_data=(X_val, y_val), epochs=25, batch_size=256,
          class_weight={0: 1.0, 1: neg / max(pos, 1)},
          callbacks=[keras.callbacks.EarlyStopping(monitor="val_accuracy", mode="max", patience=4, restore_best_weights=True)])

p_test = model.predict(X_test).ravel()
majority = int(y_fit.mean() >= 0.5)
print("LSTM test accuracy:", accuracy_score(y_test, p_test >= 0.5))
print("majority-class baseline accuracy:", accuracy_score(y_test, np.full(len(y_test), majority)))
