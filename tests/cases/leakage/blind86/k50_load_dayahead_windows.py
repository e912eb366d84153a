"""Day-ahead load profile: predict the next 24 hourly loads from the previous 7 days.

Periods (chronological): train | validation | test.  Scaling statistics from the train period.
Validation / test windows take their 168-hour input history from whatever precedes them
(including the end of the previous period), but every target hour lies inside their own period.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
import keras

SEQ, HORIZON = 168, 24
COLS = ["load_mw", "temperature_c", "humidity", "wind_speed", "is_holiday"]

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
raw = df[COLS].to_numpy("float32")
n = len(raw)
t_val, t_test = int(0.75 * n), int(0.875 * n)

mean, std = raw[:t_val].mean(0), raw[:t_val].std(0) + 1e-6
x = (raw - mean) / std

# targets[i] = the 24 loads following the window that starts at i
future = np.lib.stride_tricks.sliding_window_view(x[:, 0], HORIZON)  # future[j] = x[j:j+24, 0]


def windows(first_target, last_target_exclusive, shuffle=False):
    """Windows whose 24 target hours all fall in [first_target, last_target_exclusive)."""
    start = first_target - SEQ
    n_win = last_target_exclusive - HORIZON - first_target + 1
    data = x[start: start + n_win + SEQ - 1]
    targets = future[first_target: first_target + n_win]
    return keras.utils.timeseries_dataset_from_array(data, targets, sequence_length=SEQ,
                                                     batch_size=64, shuffle=shuffle, seed=5)


train_ds = windows(SEQ, t_val, shuffle=True)
val_ds = windows(t_val, t_test)
test_ds = windows(t_test, n)

model = keras.Sequential([
    keras.Input(shape=(SEQ, len(COLS))),
    keras.layers.Conv1D(32, 24, strides=6, activation="relu"),
    keras.layers.LSTM(48),
    keras.layers.Dense(HORIZON),
])
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
model.fit(train_ds, validation_data=val_ds, epochs=40, verbose=2,
          callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=4, restore_best_weights=True)])

y_true, y_pred, y_naive = [], [], []
for xb, yb in test_ds:
    y_true.append(yb.numpy())
    y_pred.append(model.predict_on_batch(xb))
    y_naive.append(xb[:, -HORIZON:, 0].numpy())  # same hours of the previous day
to_mw = lambda a: np.concatenate(a) * std[0] + mean[0]
y_true, y_pred, y_naive = to_mw(y_true), to_mw(y_pred), to_mw(y_naive)

print(f"test windows: {len(y_true)}")
print(f"model MAE                : {np.mean(np.abs(y_true - y_pred)):.1f} MW")
print(f"baseline (yesterday) MAE : {np.mean(np.abs(y_true - y_naive)):.1f} MW")
per_h = np.mean(np.abs(y_true - y_pred), axis=0)
print("MAE by horizon hour:", np.round(per_h, 1))
