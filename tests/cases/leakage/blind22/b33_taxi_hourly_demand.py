"""Hourly pickup demand for one taxi zone: lags + weather, MLP regressor."""
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler

trips = pd.read_csv("trips_zone_161.csv", usecols=["pickup_datetime"])
trips["pickup_datetime"] = pd.to_datetime(trips["pickup_datetime"])
weather = pd.read_csv("weather_hourly.csv", parse_dates=["time"])

demand = (
    trips.set_index("pickup_datetime")
    .resample("h")
    .size()
    .rename("pickups")
    .to_frame()
)
demand = demand.join(weather.set_index("time")[["temp_c", "precip_mm", "wind_kmh"]], how="left")
demand = demand.sort_index()
demand[["temp_c", "precip_mm", "wind_kmh"]] = demand[["temp_c", "precip_mm", "wind_kmh"]].ffill()

demand["hour"] = demand.index.hour
demand["dow"] = demand.index.dayofweek
demand["hour_sin"] = np.sin(2 * np.pi * demand["hour"] / 24)
demand["hour_cos"] = np.cos(2 * np.pi * demand["hour"] / 24)
demand["is_raining"] = (demand["precip_mm"] > 0.2).astype(int)
for lag in (1, 2, 3, 24, 48, 168):
    demand[f"lag_{lag}"] = demand["pickups"].shift(lag)
demand["mean_prev_24h"] = demand["pickups"].shift(1).rolling(24).mean()
demand = demand.dropna()

feature_cols = [c for c in demand.columns if c != "pickups"]
X_raw = demand[feature_cols].values
y = demand["pickups"].values

scaler = StandardScaler()
X = scaler.fit_transform(X_raw)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

mlp = MLPRegressor(
    hidden_layer_sizes=(128, 64),
    alpha=1e-3,
    learning_rate_init=1e-3,
    max_iter=400,
    early_stopping=True,
    validation_fraction=0.1,
    random_state=42,
)
mlp.fit(X_train, y_train)
pred = np.clip(mlp.predict(X_test), 0, None)

print(f"RMSE {mean_squared_error(y_test, pred) ** 0.5:.2f}")
print(f"MAE  {mean_absolute_error(y_test, pred):.2f}")
print(f"R2   {r2_score(y_test, pred):.4f}")
