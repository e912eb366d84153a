# Hourly electricity load forecasting (PJM East, PJME_hourly.csv)
# Random forest on calendar and lag features, 5-fold cross-validation.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_validate

df = pd.read_csv("PJME_hourly.csv")
df["Datetime"] = pd.to_datetime(df["Datetime"])
df = df.drop_duplicates("Datetime").sort_values("Datetime").set_index("Datetime")

# the raw file has missing hours (DST changes, outages) -> regular hourly grid
df = df.asfreq("h")
print("missing hours:", df["PJME_MW"].isna().sum())
df["PJME_MW"] = df["PJME_MW"].interpolate(method="time").bfill()

# weather file has gaps too
weather = pd.read_csv("philadelphia_temperature_hourly.csv", parse_dates=["time"], index_col="time")
df = df.join(weather[["temp_c"]], how="left")
df["temp_c"] = df["temp_c"].interpolate(limit_direction="both")

# calendar
df["hour"] = df.index.hour
df["dayofweek"] = df.index.dayofweek
df["month"] = df.index.month
df["dayofyear"] = df.index.dayofyear
df["is_weekend"] = (df["dayofweek"] >= 5).astype(int)

# lags (day-ahead setting: nothing closer than 24h)
df["lag_24"] = df["PJME_MW"].shift(24)
df["lag_48"] = df["PJME_MW"].shift(48)
df["lag_168"] = df["PJME_MW"].shift(168)
df["roll_mean_24_lag24"] = df["PJME_MW"].shift(24).rolling(24).mean()
df["cooling_deg"] = (df["temp_c"] - 18).clip(lower=0)
df["heating_deg"] = (18 - df["temp_c"]).clip(lower=0)
df = df.dropna()

FEATURES = ["hour", "dayofweek", "month", "dayofyear", "is_weekend", "temp_c",
            "cooling_deg", "heating_deg", "lag_24", "lag_48", "lag_168", "roll_mean_24_lag24"]
X = df[FEATURES]
y = df["PJME_MW"]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"mae": "neg_mean_absolute_error", "mape": "neg_mean_absolute_percentage_error"}

for name, est in [
    ("dummy_mean", DummyRegressor()),
    ("random_forest", RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0)),
]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:<14} MAE={-res['test_mae'].mean():8.1f} MW   MAPE={-res['test_mape'].mean():.2%}")
