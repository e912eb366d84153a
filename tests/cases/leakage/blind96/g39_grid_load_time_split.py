"""Hourly load forecast: weather + calendar ridge model evaluated on the last months of the history.

The model only uses information available when the forecast is issued (calendar, weather, and
temperature of previous hours). The final three months of train.csv are the hold-out period.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.preprocessing import StandardScaler

HOLDOUT_START = "2023-10-01"
WEATHER = ["temperature", "dew_point", "humidity", "wind_speed", "cloud_cover", "solar_irradiance"]


def add_features(df):
    df = df.sort_values("timestamp").copy()
    ts = df["timestamp"]
    df["hour"] = ts.dt.hour
    df["dow"] = ts.dt.dayofweek
    df["month"] = ts.dt.month
    df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
    df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
    df["doy_sin"] = np.sin(2 * np.pi * ts.dt.dayofyear / 365.25)
    df["doy_cos"] = np.cos(2 * np.pi * ts.dt.dayofyear / 365.25)
    df["cdd"] = (df["temperature"] - 18).clip(lower=0)
    df["hdd"] = (15 - df["temperature"]).clip(lower=0)
    past_temp = df["temperature"].shift(1)
    df["temp_lag_1"] = past_temp
    df["temp_mean_prev_24"] = past_temp.rolling(24, min_periods=12).mean()
    return df


train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])

# features over the concatenated timeline so the first test hours see the last training hours
full = add_features(pd.concat([train, test], ignore_index=True))
full = full.dropna(subset=["temp_lag_1", "temp_mean_prev_24"])
FEATURES = WEATHER + ["is_holiday", "hour", "dow", "month", "hour_sin", "hour_cos", "doy_sin", "doy_cos",
                      "cdd", "hdd", "temp_lag_1", "temp_mean_prev_24"]

labelled = full[full["load_mw"].notna()]
fit_part = labelled[labelled["timestamp"] < HOLDOUT_START]
hold_part = labelled[labelled["timestamp"] >= HOLDOUT_START]
print(f"fit: {fit_part.timestamp.min()} -> {fit_part.timestamp.max()} ({len(fit_part)} h)")
print(f"hold-out: {hold_part.timestamp.min()} -> {hold_part.timestamp.max()} ({len(hold_part)} h)")

# baseline: average load per (day of week, hour) in the fitting period
profile = fit_part.groupby(["dow", "hour"])["load_mw"].mean()
base_pred = profile.reindex(pd.MultiIndex.from_frame(hold_part[["dow", "hour"]])).to_numpy()
print(f"baseline (weekly profile) MAE {mean_absolute_error(hold_part['load_mw'], base_pred):8.2f}")

# ridge on standardised features; the scaler is learned on the fitting period only
scaler = StandardScaler().fit(fit_part[FEATURES])
ridge = Ridge(alpha=3.0).fit(scaler.transform(fit_part[FEATURES]), fit_part["load_mw"])
ridge_pred = ridge.predict(scaler.transform(hold_part[FEATURES]))
print(f"ridge                     MAE {mean_absolute_error(hold_part['load_mw'], ridge_pred):8.2f}  "
      f"MAPE {100 * mean_absolute_percentage_error(hold_part['load_mw'], ridge_pred):.2f}%")

coefs = pd.Series(ridge.coef_, index=FEATURES).sort_values()
print(coefs.round(2))

# refit scaler and model on all labelled hours and forecast the test period
scaler = StandardScaler().fit(labelled[FEATURES])
ridge = Ridge(alpha=3.0).fit(scaler.transform(labelled[FEATURES]), labelled["load_mw"])
future = full[full["load_mw"].isna()]
pd.DataFrame({"row_id": future["row_id"], "prediction": ridge.predict(scaler.transform(future[FEATURES]))}) \
    .to_csv("predictions.csv", index=False)
