"""
Bike rentals take-home: outlier filtering + gradient boosting.

Before modelling I remove rows whose weather or rental values are more than
4 standard deviations from the mean (|z| > 4). The EDA showed these are
sensor glitches (windspeed 250, humidity 0) and two days when the counting
system double-counted.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

COLS_TO_CHECK = ["temp", "feels_like", "humidity", "windspeed", "rentals"]
FEATURES = ["hour", "dow", "month", "season", "holiday", "workingday", "weather_code",
            "temp", "feels_like", "humidity", "windspeed"]


def add_calendar(df):
    df["dow"] = df["date"].dt.dayofweek
    df["month"] = df["date"].dt.month
    return df


bikes = add_calendar(pd.read_csv("train.csv", parse_dates=["date"]))
bikes = bikes.sort_values(["date", "hour"]).reset_index(drop=True)
print("raw rows:", len(bikes))

# --- z-score outlier filter -------------------------------------------------
z = (bikes[COLS_TO_CHECK] - bikes[COLS_TO_CHECK].mean()) / bikes[COLS_TO_CHECK].std()
outlier = (z.abs() > 4).any(axis=1)
print("outlier rows by column:")
print((z.abs() > 4).sum())
bikes = bikes.loc[~outlier].copy()
bikes = bikes.dropna(subset=FEATURES)
print("rows after filter:", len(bikes))

# --- chronological split ------------------------------------------------------
cut_date = pd.Timestamp(bikes["date"].quantile(0.8)).normalize()
train = bikes[bikes["date"] < cut_date]
valid = bikes[bikes["date"] >= cut_date]
print(f"train < {cut_date.date()} ({len(train)} rows), valid >= {cut_date.date()} ({len(valid)} rows)")

# --- seasonal naive baseline: same hour, one week earlier ---------------------
hist = bikes.set_index(["date", "hour"])["rentals"]
lookup_idx = list(zip(valid["date"] - pd.Timedelta(days=7), valid["hour"]))
naive = hist.reindex(lookup_idx).to_numpy()
ok = ~np.isnan(naive)
print("baseline (same hour last week) MAE:", round(mean_absolute_error(valid["rentals"][ok], naive[ok]), 2))

# --- model ------------------------------------------------------------------------
gbr = GradientBoostingRegressor(loss="huber", n_estimators=600, learning_rate=0.03, max_depth=5,
                                subsample=0.8, random_state=0)
gbr.fit(train[FEATURES], np.log1p(train["rentals"]))
pred = np.expm1(gbr.predict(valid[FEATURES]))
print("GBR MAE :", round(mean_absolute_error(valid["rentals"], pred), 2))
print("GBR RMSE:", round(np.sqrt(mean_squared_error(valid["rentals"], pred)), 2))
print("GBR MAE on rows with a baseline value:", round(mean_absolute_error(valid["rentals"][ok], pred[ok]), 2))

# --- submission -----------------------------------------------------------------
gbr.fit(bikes[FEATURES], np.log1p(bikes["rentals"]))
test = add_calendar(pd.read_csv("test.csv", parse_dates=["date"]))
test[FEATURES] = test[FEATURES].ffill()
pd.DataFrame({"record_id": test["record_id"], "prediction": np.expm1(gbr.predict(test[FEATURES]))}).to_csv(
    "predictions.csv", index=False)
