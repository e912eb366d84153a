# Daily bike rentals (Capital Bikeshare day.csv) - forecast cnt
# Gradient boosting on calendar + weather + lagged demand; train on the
# first 20 months, evaluate on the last 4.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("/kaggle/input/bike-sharing-dataset/day.csv", parse_dates=["dteday"])
df = df.sort_values("dteday").reset_index(drop=True)
print(df.shape)
print(df[["dteday", "temp", "hum", "windspeed", "casual", "registered", "cnt"]].head())

# casual + registered == cnt, so they cannot be inputs
df = df.drop(columns=["instant", "casual", "registered"])

ax = df.set_index("dteday")["cnt"].plot(figsize=(14, 4), lw=0.8)
ax.set_title("daily rentals")
plt.tight_layout()
plt.savefig("cnt.png")

# calendar
df["dow"] = df["dteday"].dt.dayofweek
df["doy"] = df["dteday"].dt.dayofyear
df["month"] = df["dteday"].dt.month
df["trend"] = np.arange(len(df))

# weather context
df["temp_roll7"] = df["temp"].shift(1).rolling(7, min_periods=1).mean()
df["hum_roll7"] = df["hum"].shift(1).rolling(7, min_periods=1).mean()
df["wind_roll3"] = df["windspeed"].shift(1).rolling(3, min_periods=1).mean()
df["temp_prev"] = df["temp"].shift(1)
df["weathersit_prev"] = df["weathersit"].shift(1)
df["temp_delta"] = df["temp"] - df["temp_roll7"]

# demand history
for lag in (1, 2, 7, 14):
    df[f"cnt_lag{lag}"] = df["cnt"].shift(lag)
df["cnt_roll7"] = df["cnt"].shift(1).rolling(7).mean()
df["cnt_roll28"] = df["cnt"].shift(1).rolling(28).mean()

df = df.dropna().reset_index(drop=True)

FEATURES = [
    "season", "yr", "mnth", "holiday", "weekday", "workingday", "weathersit",
    "temp", "atemp", "hum", "windspeed", "dow", "doy", "month", "trend",
    "temp_roll7", "hum_roll7", "wind_roll3", "temp_prev", "weathersit_prev", "temp_delta",
    "cnt_lag1", "cnt_lag2", "cnt_lag7", "cnt_lag14", "cnt_roll7", "cnt_roll28",
]

cutoff = pd.Timestamp("2012-09-01")
train = df[df["dteday"] < cutoff]
valid = df[df["dteday"] >= cutoff]
print("train", train["dteday"].min().date(), "->", train["dteday"].max().date(), len(train))
print("valid", valid["dteday"].min().date(), "->", valid["dteday"].max().date(), len(valid))

model = HistGradientBoostingRegressor(
    max_iter=600, learning_rate=0.03, max_leaf_nodes=15,
    min_samples_leaf=10, l2_regularization=1.0, random_state=0,
)
model.fit(train[FEATURES], train["cnt"])
pred = model.predict(valid[FEATURES])


def report(name, y_true, y_pred):
    mae = mean_absolute_error(y_true, y_pred)
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    mape = np.mean(np.abs(y_true - y_pred) / np.maximum(y_true, 1)) * 100
    print(f"{name:<28s} MAE {mae:8.1f}  RMSE {rmse:8.1f}  MAPE {mape:5.1f}%")


report("baseline: same day last week", valid["cnt"], valid["cnt_lag7"])
report("baseline: yesterday", valid["cnt"], valid["cnt_lag1"])
report("HistGradientBoosting", valid["cnt"], pred)

fig, ax = plt.subplots(figsize=(14, 4))
ax.plot(valid["dteday"], valid["cnt"], label="actual")
ax.plot(valid["dteday"], pred, label="model")
ax.plot(valid["dteday"], valid["cnt_lag7"], label="lag-7", alpha=0.5)
ax.legend()
plt.tight_layout()
plt.savefig("valid_forecast.png")

resid = valid["cnt"] - pred
print(resid.describe())
print(pd.Series(model.predict(valid[FEATURES]) - valid["cnt"].values).abs().nlargest(5))
