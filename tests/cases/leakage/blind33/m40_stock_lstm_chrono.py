"""
Next-day close with an LSTM, evaluated the way it would be used:
train on the past, test on the most recent 20% of days.

- scaler fitted on the training period only
- test windows may look back into the training period (that is known data)
- early stopping on the last part of the training period
- compared against the persistence forecast (tomorrow = today)
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from tensorflow import keras

LOOKBACK = 60

prices = pd.read_csv("GOOG.csv", parse_dates=["Date"], index_col="Date").sort_index()
close = prices["Close"].astype("float32").to_frame()
print(close.index.min(), "->", close.index.max(), len(close), "days")

split = int(len(close) * 0.8)
train_close = close.iloc[:split]
test_close = close.iloc[split:]
print("train until", train_close.index[-1].date(), "| test from", test_close.index[0].date())

scaler = MinMaxScaler().fit(train_close.values)
scaled_all = scaler.transform(close.values).ravel()


def windows(series, start, stop, lookback):
    """Windows whose target index t lies in [start, stop)."""
    X, y = [], []
    for t in range(max(start, lookback), stop):
        X.append(series[t - lookback:t])
        y.append(series[t])
    return np.array(X)[..., None], np.array(y)


X_train, y_train = windows(scaled_all, 0, split, LOOKBACK)
X_test, y_test = windows(scaled_all, split, len(scaled_all), LOOKBACK)
print(X_train.shape, X_test.shape)

model = keras.Sequential([
    keras.layers.Input((LOOKBACK, 1)),
    keras.layers.LSTM(64, return_sequences=True),
    keras.layers.LSTM(32),
    keras.layers.Dense(1),
])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")

# Keras takes validation_split from the END of the arrays -> the latest training windows
model.fit(X_train, y_train, epochs=100, batch_size=32, shuffle=True, validation_split=0.15,
          callbacks=[keras.callbacks.EarlyStopping(patience=10, restore_best_weights=True)], verbose=2)

pred = scaler.inverse_transform(model.predict(X_test)).ravel()
actual = test_close["Close"].values
persistence = close["Close"].shift(1).iloc[split:].values


def rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


print("persistence baseline RMSE: %.3f" % rmse(actual, persistence))
print("LSTM RMSE:                 %.3f" % rmse(actual, pred))
print("direction accuracy LSTM: %.3f" % np.mean(np.sign(pred[1:] - actual[:-1]) == np.sign(actual[1:] - actual[:-1])))
