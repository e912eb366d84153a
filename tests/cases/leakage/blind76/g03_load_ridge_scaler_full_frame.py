"""Linear day-ahead load model.

Ridge regression on standardized weather + calendar features, evaluated on
the last 30 days of the training file against a persistence baseline.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)

# calendar
df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek

# weather: piecewise-linear temperature response
df["temp_below_15"] = np.minimum(df["temp_forecast_c"] - 15, 0)
df["temp_above_20"] = np.maximum(df["temp_forecast_c"] - 20, 0)
df["lag24"] = df["load_mw"].shift(24)
df["lag168"] = df["load_mw"].shift(168)

num_cols = ["temp_forecast_c", "temp_below_15", "temp_above_20", "dewpoint_forecast_c",
            "wind_forecast_ms", "cloud_forecast_pct", "lag24", "lag168"]
df = df.dropna(subset=num_cols).reset_index(drop=True)
hour_dummies = pd.get_dummies(df["hour"], prefix="h", dtype=float)
dow_dummies = pd.get_dummies(df["dow"], prefix="d", dtype=float)

scaler = StandardScaler()
scaled = pd.DataFrame(scaler.fit_transform(df[num_cols]), columns=num_cols, index=df.index)
X = pd.concat([scaled, hour_dummies, dow_dummies, df[["is_holiday"]]], axis=1)
y = df["load_mw"]

split_time = df["timestamp"].max() - pd.Timedelta(days=30)
is_train = df["timestamp"] <= split_time
X_tr, y_tr = X[is_train], y[is_train]
X_te, y_te = X[~is_train], y[~is_train]

for alpha in [1.0]:
    ridge = Ridge(alpha=alpha)
    ridge.fit(X_tr, y_tr)
    pred = ridge.predict(X_te)

persistence = df.loc[~is_train, "lag24"]
print(f"persistence baseline MAE: {mean_absolute_error(y_te, persistence):.1f} MW")
print(f"ridge MAE:                {mean_absolute_error(y_te, pred):.1f} MW")
print(f"skill vs baseline: {1 - mean_absolute_error(y_te, pred) / mean_absolute_error(y_te, persistence):.3f}")

coef = pd.Series(ridge.coef_, index=X.columns)
print(coef.sort_values().tail(10))
