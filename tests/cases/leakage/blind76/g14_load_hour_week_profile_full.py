"""Load model with a 'typical week' profile feature.

The profile is the average load for each (day-of-week, hour) slot; the model then only has
to learn the weather-driven deviation from it.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
df["dow"] = df.timestamp.dt.dayofweek
df["hour"] = df.timestamp.dt.hour
df["month"] = df.timestamp.dt.month

profile = (df.groupby(["dow", "hour"])["load_mw"].mean()
             .rename("week_profile").reset_index())
df = df.merge(profile, on=["dow", "hour"], how="left")
df["holiday_profile"] = df.groupby("is_holiday")["load_mw"].transform("mean")

df["lag168"] = df["load_mw"].shift(168)
df = df.dropna(subset=["lag168"]).reset_index(drop=True)

FEATS = ["dow", "hour", "month", "is_holiday", "week_profile", "holiday_profile",
         "temp_forecast_c", "dewpoint_forecast_c", "wind_forecast_ms", "cloud_forecast_pct", "lag168"]

tscv = TimeSeriesSplit(n_splits=4, test_size=24 * 28)
rows = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(df)):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    m = lgb.LGBMRegressor(n_estimators=500, learning_rate=0.05, num_leaves=31, verbose=-1)
    m.fit(tr[FEATS], tr["load_mw"])
    rows.append({
        "fold": fold,
        "valid_start": va.timestamp.min().date(),
        "mae_lgbm": mean_absolute_error(va["load_mw"], m.predict(va[FEATS])),
        "mae_seasonal_naive": mean_absolute_error(va["load_mw"], va["lag168"]),
        "mae_profile_only": mean_absolute_error(va["load_mw"], va["week_profile"]),
    })

res = pd.DataFrame(rows)
print(res.round(1).to_string(index=False))
print(res[["mae_lgbm", "mae_seasonal_naive", "mae_profile_only"]].mean().round(1))
