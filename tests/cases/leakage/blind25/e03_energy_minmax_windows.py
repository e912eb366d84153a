import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

LOOKBACK = 48
HORIZON = 1

df = pd.read_csv("AEP_hourly.csv")
df["Datetime"] = pd.to_datetime(df["Datetime"])
df = df.sort_values("Datetime").set_index("Datetime")
df = df[~df.index.duplicated()]
print(df.describe())

values = df["AEP_MW"].values.reshape(-1, 1).astype("float32")

scaler = MinMaxScaler(feature_range=(0, 1))
values_scaled = scaler.fit_transform(values).ravel()


def to_supervised(series, lookback, horizon):
    X, y = [], []
    for i in range(lookback, len(series) - horizon + 1):
        X.append(series[i - lookback:i])
        y.append(series[i + horizon - 1])
    return np.array(X), np.array(y)


X, y = to_supervised(values_scaled, LOOKBACK, HORIZON)
print("windows:", X.shape)

split = int(len(X) * 0.8)
X_train, X_test = X[:split], X[split:]
y_train, y_test = y[:split], y[split:]

mlp = MLPRegressor(
    hidden_layer_sizes=(128, 64),
    activation="relu",
    learning_rate_init=1e-3,
    max_iter=60,
    early_stopping=True,
    validation_fraction=0.1,
    random_state=1,
)
mlp.fit(X_train, y_train)

pred_scaled = mlp.predict(X_test).reshape(-1, 1)
pred = scaler.inverse_transform(pred_scaled).ravel()
actual = scaler.inverse_transform(y_test.reshape(-1, 1)).ravel()

rmse = np.sqrt(mean_squared_error(actual, pred))
mae = mean_absolute_error(actual, pred)
mape = np.mean(np.abs((actual - pred) / actual)) * 100
print(f"Test RMSE: {rmse:.1f} MW")
print(f"Test MAE : {mae:.1f} MW")
print(f"Test MAPE: {mape:.2f} %")

plt.figure(figsize=(14, 4))
plt.plot(actual[-500:], label="actual")
plt.plot(pred[-500:], label="MLP")
plt.legend()
plt.title("AEP hourly load, last 500 test hours")
plt.tight_layout()
plt.savefig("aep_mlp_forecast.png")
