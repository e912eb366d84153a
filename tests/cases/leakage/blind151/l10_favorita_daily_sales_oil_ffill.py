#!/usr/bin/env python
"""Chain-level daily sales forecast (Corporacion Favorita data).

Aggregates all stores/families to one daily series, joins oil price and national
holidays, and trains a gradient boosting model on calendar + lag features.
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error, mean_squared_log_error

DATA = Path("data/favorita")
CUTOFF = "2017-05-01"

sales = pd.read_csv(DATA / "train.csv", parse_dates=["date"])
oil = pd.read_csv(DATA / "oil.csv", parse_dates=["date"])
hol = pd.read_csv(DATA / "holidays_events.csv", parse_dates=["date"])

daily = (sales.groupby("date")
         .agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
         .reset_index())

# full calendar (the stores are closed on Dec 25, so that day is missing)
calendar = pd.DataFrame({"date": pd.date_range(daily["date"].min(), daily["date"].max(), freq="D")})
daily = calendar.merge(daily, on="date", how="left").fillna({"sales": 0, "onpromotion": 0})
daily = daily.merge(oil, on="date", how="left").sort_values("date").reset_index(drop=True)

# oil has no quotes on weekends / bank holidays -> carry the last known price forward
daily["dcoilwtico"] = daily["dcoilwtico"].ffill()

national = hol[(hol["locale"] == "National") & (hol["transferred"] == False)]
daily["is_holiday"] = daily["date"].isin(national["date"]).astype(int)

# ---------------------------------------------------------------- features
daily["dow"] = daily["date"].dt.dayofweek
daily["dom"] = daily["date"].dt.day
daily["month"] = daily["date"].dt.month
daily["payday"] = ((daily["dom"] == 15) | daily["date"].dt.is_month_end).astype(int)
for lag in (7, 14, 21, 28):
    daily[f"sales_lag{lag}"] = daily["sales"].shift(lag)
daily["sales_roll28_lag7"] = daily["sales"].shift(7).rolling(28).mean()
daily["oil_chg_7"] = daily["dcoilwtico"].pct_change(7)
daily = daily.dropna().reset_index(drop=True)

FEATURES = ["dow", "dom", "month", "payday", "is_holiday", "onpromotion", "dcoilwtico", "oil_chg_7",
            "sales_lag7", "sales_lag14", "sales_lag21", "sales_lag28", "sales_roll28_lag7"]

train = daily[daily["date"] < CUTOFF]
valid = daily[daily["date"] >= CUTOFF]
print(f"train {train.date.min():%Y-%m-%d}..{train.date.max():%Y-%m-%d}  n={len(train)}")
print(f"valid {valid.date.min():%Y-%m-%d}..{valid.date.max():%Y-%m-%d}  n={len(valid)}")

model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.03, max_leaf_nodes=15,
                                      l2_regularization=1.0, random_state=0)
model.fit(train[FEATURES], np.log1p(train["sales"]))
pred = np.expm1(model.predict(valid[FEATURES])).clip(0)


def rmsle(y, p):
    return np.sqrt(mean_squared_log_error(y, p))


naive = valid["sales_lag7"]  # same weekday last week
print("seasonal naive baseline  RMSLE=%.4f  MAPE=%.3f" % (rmsle(valid["sales"], naive),
                                                          mean_absolute_percentage_error(valid["sales"], naive)))
print("HistGB                   RMSLE=%.4f  MAPE=%.3f" % (rmsle(valid["sales"], pred),
                                                          mean_absolute_percentage_error(valid["sales"], pred)))

out = valid[["date", "sales"]].assign(pred=pred)
out.to_csv("valid_predictions.csv", index=False)
