"""Next-hour electricity load with a 1-D CNN over 48-hour windows."""
import numpy as np
import pandas as pd
import tensorflow as tf
import keras

SEQ = 48
# fixed physical scaling (no statistics needed)
SCALE = {"load_mw": 1000.0, "temperature_c": 40.0, "humidity": 100.0, "wind_speed": 20.0, "is_holiday": 1.0}
COLS = list(SCALE)

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
data = np.stack([df[c].to_numpy("float32") / SCALE[c] for c in COLS], axis=1)
hour = df["timestamp"].dt.hour.to_numpy()
data = np.concatenate([data, np.sin(2 * np.pi * hour / 24)[:, None], np.cos(2 * np.pi * hour / 24)[:, None]],
                      axis=1).astype("float32")

windows = keras.utils.timeseries_dataset_from_array(
    data=data[:-SEQ],
    targets=data[SEQ:, 0],
    sequence_length=SEQ,
    shuffle=True,
    seed=1,
    batch_size=None,
)
n_windows = int(windows.cardinality().numpy())
n_train = int(0.8 * n_windows)
train_ds = windows.take(n_train).batch(128).prefetch(tf.data.AUTOTUNE)
test_ds = windows.skip(n_train).batch(512)
print("windows:", n_windows, "train:", n_train, "test:", n_windows - n_train)

model = keras.Sequential([
    keras.Input(shape=(SEQ, data.shape[1])),
    keras.layers.Conv1D(32, kernel_size=6, activation="relu"),
    keras.layers.Conv1D(32, kernel_size=6, activation="relu"),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
model.fit(train_ds, epochs=25, verbose=2)

y_true, y_pred, y_last = [], [], []
for xb, yb in test_ds:
    y_true.append(yb.numpy())
    y_pred.append(model.predict_on_batch(xb).ravel())
    y_last.append(xb[:, -1, 0].numpy())
y_true, y_pred, y_last = (np.concatenate(a) * SCALE["load_mw"] for a in (y_true, y_pred, y_last))

print(f"CNN MAE:                   {np.mean(np.abs(y_true - y_pred)):.1f} MW")
print(f"persistence baseline MAE:  {np.mean(np.abs(y_true - y_last)):.1f} MW")
print(f"MAPE: {np.mean(np.abs(y_true - y_pred) / y_true) * 100:.2f}%")
