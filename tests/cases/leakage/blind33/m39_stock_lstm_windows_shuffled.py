# Multivariate LSTM for next-day closing price (Yahoo Finance OHLCV csv)
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
import tensorflow as tf
from tensorflow.keras import Sequential
from tensorflow.keras.layers import LSTM, Dense, Dropout

tf.random.set_seed(0)

TICKER = "TSLA"
LOOKBACK = 30
FEATURES = ["Open", "High", "Low", "Close", "Volume"]

df = pd.read_csv(f"{TICKER}.csv")
df["Date"] = pd.to_datetime(df["Date"])
df = df.sort_values("Date").reset_index(drop=True)
df = df.dropna()
print(df[["Date"] + FEATURES].tail())

# simple technical indicators
df["Return"] = df["Close"].pct_change()
df["MA10"] = df["Close"].rolling(10).mean()
df["MA30"] = df["Close"].rolling(30).mean()
df = df.dropna().reset_index(drop=True)
FEATURES = FEATURES + ["Return", "MA10", "MA30"]

scaler = MinMaxScaler()
scaled = scaler.fit_transform(df[FEATURES].values)
close_idx = FEATURES.index("Close")


def make_windows(arr, lookback):
    X, y = [], []
    for i in range(lookback, len(arr)):
        X.append(arr[i - lookback:i])
        y.append(arr[i, close_idx])
    return np.array(X), np.array(y)


X, y = make_windows(scaled, LOOKBACK)
print("windows:", X.shape, y.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

model = Sequential([
    LSTM(64, return_sequences=True, input_shape=(LOOKBACK, len(FEATURES))),
    Dropout(0.2),
    LSTM(32),
    Dense(16, activation="relu"),
    Dense(1),
])
model.compile(optimizer="adam", loss="mse")
history = model.fit(X_train, y_train, epochs=50, batch_size=32, validation_split=0.1, verbose=2)

pred = model.predict(X_test).ravel()


def inverse_close(v):
    tmp = np.zeros((len(v), len(FEATURES)))
    tmp[:, close_idx] = v
    return scaler.inverse_transform(tmp)[:, close_idx]


pred_usd = inverse_close(pred)
true_usd = inverse_close(y_test)
print("MAE  $%.2f" % mean_absolute_error(true_usd, pred_usd))
print("RMSE $%.2f" % np.sqrt(mean_squared_error(true_usd, pred_usd)))
print("R2   %.4f" % r2_score(true_usd, pred_usd))

plt.figure(figsize=(10, 5))
plt.scatter(true_usd, pred_usd, s=5)
plt.xlabel("actual close")
plt.ylabel("predicted close")
plt.savefig(f"{TICKER}_lstm_scatter.png")
