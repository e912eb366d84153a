#!/usr/bin/env python
"""Hourly bike rentals - ridge regression on cleaned weather.

Data issues found in EDA:
  * windspeed and humidity have sensor spikes (windspeed 0 -> 300 in one hour),
  * feels_like is sometimes off by the Fahrenheit/Celsius conversion,
  * a couple of exact duplicate hours from a double export.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import OneHotEncoder, StandardScaler

WEATHER = ["temp", "feels_like", "humidity", "windspeed"]
CATEG = ["hour", "season", "weather_code", "dow"]
FLAGS = ["holiday", "workingday"]


def load(path):
    df = pd.read_csv(path, parse_dates=["date"])
    df["dow"] = df["date"].dt.dayofweek
    # feels_like exported in Fahrenheit for part of the period
    f_rows = df["feels_like"] > 60
    df.loc[f_rows, "feels_like"] = (df.loc[f_rows, "feels_like"] - 32) / 1.8
    return df.sort_values(["date", "hour"]).reset_index(drop=True)


df = load("train.csv")
sub = load("test.csv")
n0 = len(df)
df = df.drop_duplicates(subset=["date", "hour"], keep="first")
print(f"{n0 - len(df)} duplicate hours dropped")

# winsorise the weather columns at the 1st / 99th percentile
lo = df[WEATHER].quantile(0.01)
hi = df[WEATHER].quantile(0.99)
df[WEATHER] = df[WEATHER].clip(lower=lo, upper=hi, axis=1)
df[WEATHER] = df[WEATHER].ffill()
print(pd.DataFrame({"p01": lo, "p99": hi}))

# hold out the last 8 weeks
cutoff = df["date"].max() - pd.Timedelta(weeks=8)
tr = df[df["date"] <= cutoff]
te = df[df["date"] > cutoff]
print("train:", tr["date"].min().date(), "->", tr["date"].max().date(), len(tr))
print("test: ", te["date"].min().date(), "->", te["date"].max().date(), len(te))

ohe = OneHotEncoder(handle_unknown="ignore").fit(tr[CATEG])
scaler = StandardScaler().fit(tr[WEATHER])


def design(frame):
    return np.hstack([ohe.transform(frame[CATEG]).toarray(), scaler.transform(frame[WEATHER]), frame[FLAGS].to_numpy()])


# log target: rentals are counts with a long right tail
ridge = Ridge(alpha=3.0).fit(design(tr), np.log1p(tr["rentals"]))
pred = np.expm1(ridge.predict(design(te))).clip(min=0)

profile = tr.groupby(["dow", "hour"])["rentals"].mean()
naive = te.set_index(["dow", "hour"]).index.map(profile).to_numpy()

print(f"baseline (dow x hour profile)  MAE {mean_absolute_error(te['rentals'], naive):.2f}  "
      f"RMSE {np.sqrt(mean_squared_error(te['rentals'], naive)):.2f}")
print(f"ridge                          MAE {mean_absolute_error(te['rentals'], pred):.2f}  "
      f"RMSE {np.sqrt(mean_squared_error(te['rentals'], pred)):.2f}")

# refit on everything for the submission
ohe = OneHotEncoder(handle_unknown="ignore").fit(df[CATEG])
scaler = StandardScaler().fit(df[WEATHER])
ridge.fit(design(df), np.log1p(df["rentals"]))
sub[WEATHER] = sub[WEATHER].clip(lower=lo, upper=hi, axis=1).ffill()
pd.DataFrame({"record_id": sub["record_id"], "prediction": np.expm1(ridge.predict(design(sub))).clip(min=0)}).to_csv(
    "predictions.csv", index=False)
