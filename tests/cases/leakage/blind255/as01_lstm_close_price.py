"""
Stock price prediction using LSTM (AAPL daily closes).
Data downloaded from Yahoo Finance -> data/AAPL.csv
Run: python lstm_stock.py
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import mean_squared_error, mean_absolute_error
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import LSTM, Dense, Dropout

np.random.seed(7)

LOOKBACK = 60
EPOCHS = 25
BATCH = 32

# ---------------- load ----------------
df = pd.read_csv("data/AAPL.csv")
df["Date"] = pd.to_datetime(df["Date"])
df = df.sort_values("Date").set_index("Date")
print(df.head())
print(df.describe())
print("rows:", len(df), "from", df.index.min(), "to", df.index.max())

plt.figure(figsize=(12, 4))
plt.plot(df["Close"])
plt.title("AAPL close")
plt.savefig("close.png")

# only use close price
data = df[["Close"]].values.astype("float32")

# normalize to 0-1, LSTMs train much better this way
scaler = MinMaxScaler(feature_range=(0, 1))
scaled_data = scaler.fit_transform(data)

# build sliding windows
X, y = [], []
for i in range(LOOKBACK, len(scaled_data)):
    X.append(scaled_data[i - LOOKBACK:i, 0])
    y.append(scaled_data[i, 0])
X, y = np.array(X), np.array(y)
X = np.reshape(X, (X.shape[0], X.shape[1], 1))

# 80/20 split, no shuffle since it's a time series
train_size = int(len(X) * 0.8)
X_train, X_test = X[:train_size], X[train_size:]
y_train, y_test = y[:train_size], y[train_size:]
print("train:", X_train.shape, "test:", X_test.shape)

# ---------------- model ----------------
model = Sequential()
model.add(LSTM(50, return_sequences=True, input_shape=(LOOKBACK, 1)))
model.add(Dropout(0.2))
model.add(LSTM(50))
model.add(Dropout(0.2))
model.add(Dense(1))
model.compile(optimizer="adam", loss="mean_squared_error")
model.summary()

history = model.fit(X_train, y_train, epochs=EPOCHS, batch_size=BATCH,
                    validation_split=0.1, verbose=1)

# ---------------- evaluate ----------------
pred_scaled = model.predict(X_test)
pred = scaler.inverse_transform(pred_scaled)
actual = scaler.inverse_transform(y_test.reshape(-1, 1))

rmse = np.sqrt(mean_squared_error(actual, pred))
mae = mean_absolute_error(actual, pred)
print(f"LSTM  RMSE: {rmse:.3f}  MAE: {mae:.3f}")

# naive baseline: tomorrow's close = today's close
naive = scaler.inverse_transform(X_test[:, -1, 0].reshape(-1, 1))
naive_rmse = np.sqrt(mean_squared_error(actual, naive))
print(f"Naive baseline RMSE: {naive_rmse:.3f}  MAE: {mean_absolute_error(actual, naive):.3f}")

plt.figure(figsize=(12, 5))
plt.plot(actual, label="actual")
plt.plot(pred, label="LSTM")
plt.legend()
plt.title("AAPL test period")
plt.savefig("lstm_predictions.png")
