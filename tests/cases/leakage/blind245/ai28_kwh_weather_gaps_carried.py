"""
kWh forecast for new connections.

The degree-day columns have holes (the regional weather feed dropped out for a few months in
2021 and 2023). Fill them per region by carrying the last reported month forward (what we'd have
had on the day), then gradient boosting.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["month"])
df = df.drop(columns=["bill_amount"])
print(df[["hdd", "cdd"]].isna().sum())

# one weather series per region and month; carry the last known value forward, then join back
weather = (df.groupby(["region", "month"])[["hdd", "cdd"]].first()
             .reset_index().sort_values(["region", "month"]))
weather[["hdd", "cdd"]] = weather.groupby("region")[["hdd", "cdd"]].ffill()
df = df.drop(columns=["hdd", "cdd"]).merge(weather, on=["region", "month"], how="left")
# a gap at the very start of a region's series has nothing before it - leave NaN, HGB copes
print("still missing after fill:", int(df[["hdd", "cdd"]].isna().sum().sum()))

df = df.sort_values(["meter_id", "month"])
df["cal_month"] = df["month"].dt.month
df["months_on_supply"] = df.groupby("meter_id").cumcount()
df["area_per_person"] = df["floor_area_m2"] / df["household_size"].clip(lower=1)
df = pd.get_dummies(df, columns=["region", "property_type", "heating_type", "tariff"], dtype=int)

feats = [c for c in df.columns if c not in ("reading_id", "meter_id", "month", "kwh")]

# evaluation: meters connected from 2023 on, training on months before 2023 only
cutoff = pd.Timestamp("2023-01-01")
first = df.groupby("meter_id")["month"].min()
holdout_ids = first[first >= cutoff].index
train = df[df["month"] < cutoff]
holdout = df[df["meter_id"].isin(holdout_ids)]
print(f"train {len(train)} rows, holdout {len(holdout)} rows / {len(holdout_ids)} meters")

hgb = HistGradientBoostingRegressor(loss="absolute_error", max_iter=500, learning_rate=0.05,
                                    max_leaf_nodes=31, min_samples_leaf=40, random_state=3)
hgb.fit(train[feats], train["kwh"])
dummy = DummyRegressor(strategy="mean").fit(train[feats], train["kwh"])

for name, m in [("mean baseline", dummy), ("hist GBM", hgb)]:
    p = m.predict(holdout[feats])
    print(f"{name:14s} MAE {mean_absolute_error(holdout['kwh'], p):7.1f}"
          f"   MAPE {np.mean(np.abs(holdout['kwh'] - p) / holdout['kwh'].clip(lower=1)):.3f}")
