#!/usr/bin/env python
"""Hourly bike rentals - ridge regression on cleaned weather.

Data issues found in EDA:
  * windspeed and humidity have sensor spikes,
  * feels_like is sometimes in Fahrenheit,
  * a couple of exact duplicate hours from a double export.
Everything learned from the data (winsorising limits, encoder, scaler) comes from the period before the cutoff.
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
    f_rows = df["feels_like"] > 60
    df.loc[f_rows, "feels_like"] = (df.loc[f_rows, "feels_like"] - 32) / 1.8
    return df.sort_values(["date", "hour"]).reset_index(drop=True)


class Winsorizer:
    def __init__(self, cols, q_low=0.01, q_high=0.99):
        self.cols, self.q_low, self.q_high = cols, q_low, q_high

    def fit(self, frame):
        self.lo_ = frame[self.cols].quantile(self.q_low)
        self.hi_ = frame[self.cols].quantile(self.q_high)
        return self

    def transform(self, frame):
        frame = frame.copy()
        frame[self.cols] = frame[self.cols].clip(lower=self.lo_, upper=self.hi_, axis=1).ffill()
        return frame


df = load("train.csv")
sub = load("test.csv")
n0 = len(df)
df = df.drop_duplicates(subset=["date", "hour"], keep="first")
print(f"{n0 - len(df)} duplicate hours dropped")

cutoff = df["date"].max() - pd.Timedelta(weeks=8)
tr = df[df["date"] <= cutoff]
te = df[df["date"] > cutoff]

wins = Winsorizer(WEATHER).fit(tr)
tr, te = wins.transform(tr), wins.transform(te)
print(pd.DataFrame({"p01": wins.lo_, "p99": wins.hi_}))

ohe = OneHotEncoder(handle_unknown="ignore").fit(tr[CATEG])
scaler = StandardScaler().fit(tr[WEATHER])


def design(frame):
    return np.hstack([ohe.transform(frame[CATEG]).toarray(), scaler.transform(frame[WEATHER]), frame[FLAGS].to_numpy()])


ridge = Ridge(alpha=3.0).fit(design(tr), np.log1p(tr["rentals"]))
pred = np.expm1(ridge.predict(design(te))).clip(min=0)

profile = tr.groupby(["dow", "hour"])["rentals"].mean()
naive = te.set_index(["dow", "hour"]).index.map(profile).to_numpy()

print(f"baseline (dow x hour profile)  MAE {mean_absolute_error(te['rentals'], naive):.2f}  "
      f"RMSE {np.sqrt(mean_squared_error(te['rentals'], naive)):.2f}")
print(f"ridge                          MAE {mean_absolute_error(te['rentals'], pred):.2f}  "
      f"RMSE {np.sqrt(mean_squared_error(te['rentals'], pred)):.2f}")

# refit on everything for the submission
wins = Winsorizer(WEATHER).fit(df)
df = wins.transform(df)
ohe = OneHotEncoder(handle_unknown="ignore").fit(df[CATEG])
scaler = StandardScaler().fit(df[WEATHER])
ridge.fit(design(df), np.log1p(df["rentals"]))
sub = wins.transform(sub)
pd.DataFrame({"record_id": sub["record_id"], "prediction": np.expm1(ridge.predict(design(sub))).clip(min=0)}).to_csv(
    "predictions.csv", index=False)
