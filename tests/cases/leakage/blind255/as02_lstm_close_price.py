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

# cut point first: last 20% of days are the test period
split_idx = int(len(data) * 0.8)

# min/max come from the training period only, then the same transform is applied everywhere
scaler = MinMaxScaler(feature_range=(0, 1))
scaler.fit(data[:split_idx])
scaled_data = scaler.transform(data)

# build sliding windows; a window belongs to the test set if the day it predicts is after the cut
X_train, y_train, X_test, y_test = [], [], [], []
for i in range(LOOKBACK, len(scaled_data)):
    window = scaled_data[i - LOOKBACK:i, 0]
    if i < split_idx:
        X_train.append(window)
        y_train.append(scaled_data[i, 0])
    else:
        X_test.append(window)
        y_test.append(scaled_data[i, 0])
X_train, y_train = np.array(X_train), np.array(y_train)
X_test, y_test = np.array(X_test), np.array(y_test)
X_train = X_train.reshape((X_train.shape[0], LOOKBACK, 1))
X_test = X_test.reshape((X_test.shape[0], LOOKBACK, 1))
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
