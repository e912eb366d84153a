# Hourly electricity load forecasting (PJME_hourly.csv) - walk-forward validation
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

load = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"])
load = load.drop_duplicates("Datetime").sort_values("Datetime").set_index("Datetime").asfreq("h")
# carry the last observed value forward over the few missing hours
load["PJME_MW"] = load["PJME_MW"].ffill()

weather = pd.read_csv("philadelphia_temperature_hourly.csv", parse_dates=["time"], index_col="time")
load = load.join(weather[["temp_c"]], how="left")
load["temp_c"] = load["temp_c"].ffill()

load["hour"] = load.index.hour
load["dayofweek"] = load.index.dayofweek
load["month"] = load.index.month
load["is_weekend"] = (load["dayofweek"] >= 5).astype(int)
load["lag_24"] = load["PJME_MW"].shift(24)
load["lag_168"] = load["PJME_MW"].shift(168)
load["roll_mean_24_lag24"] = load["PJME_MW"].shift(24).rolling(24).mean()
load["cooling_deg"] = (load["temp_c"] - 18).clip(lower=0)
load["heating_deg"] = (18 - load["temp_c"]).clip(lower=0)
load = load.dropna()

features = ["hour", "dayofweek", "month", "is_weekend", "temp_c", "cooling_deg",
            "heating_deg", "lag_24", "lag_168", "roll_mean_24_lag24"]
X, y = load[features], load["PJME_MW"]

# 5 expanding-window folds, each validating on the following ~8 weeks, 1 day gap
tscv = TimeSeriesSplit(n_splits=5, test_size=24 * 7 * 8, gap=24)

rows = []
for fold, (tr, va) in enumerate(tscv.split(X)):
    rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0)
    rf.fit(X.iloc[tr], y.iloc[tr])
    dummy = DummyRegressor(strategy="mean").fit(X.iloc[tr], y.iloc[tr])
    rows.append({
        "fold": fold,
        "valid_start": X.index[va[0]].date(),
        "dummy_mae": mean_absolute_error(y.iloc[va], dummy.predict(X.iloc[va])),
        "seasonal_naive_mae": mean_absolute_error(y.iloc[va], X["lag_168"].iloc[va]),
        "rf_mae": mean_absolute_error(y.iloc[va], rf.predict(X.iloc[va])),
    })

res = pd.DataFrame(rows)
print(res.round(1).to_string(index=False))
print(res[["dummy_mae", "seasonal_naive_mae", "rf_mae"]].mean().round(1))
