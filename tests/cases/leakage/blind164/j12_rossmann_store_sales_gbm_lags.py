#!/usr/bin/env python
"""Daily sales model for a single Rossmann store (store 262, the busiest one).

Only information available the evening before is used: lags and rolling means are shifted.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

STORE_ID = 262
CUTOFF = "2015-05-01"

raw = pd.read_csv("rossmann_train.csv", parse_dates=["Date"], low_memory=False)
store = raw[raw["Store"] == STORE_ID].copy()
store = store.sort_values("Date").set_index("Date")
print(store.shape, store.index.min().date(), "->", store.index.max().date())

store = store.drop(columns=["Customers", "Store"])
store["StateHoliday"] = store["StateHoliday"].astype(str).map({"0": 0, "a": 1, "b": 2, "c": 3})
store.loc[store["Open"] == 0, "Sales"] = np.nan

past = store["Sales"].shift(1)
store["sales_level_7"] = past.rolling(7, min_periods=3).mean()
store["sales_level_28"] = past.rolling(28, min_periods=10).mean()
store["sales_lag_7"] = store["Sales"].shift(7)
store["sales_lag_14"] = store["Sales"].shift(14)

lag_cols = ["sales_level_7", "sales_level_28", "sales_lag_7", "sales_lag_14"]
# gaps after closed days: carry the last known value forward
store[lag_cols] = store[lag_cols].ffill()

store["dow"] = store.index.dayofweek
store["dom"] = store.index.day
store["month"] = store.index.month
store["weekofyear"] = store.index.isocalendar().week.astype(int)

data = store[store["Open"] == 1].dropna(subset=["Sales"] + lag_cols)
features = ["Promo", "SchoolHoliday", "StateHoliday", "dow", "dom", "month", "weekofyear"] + lag_cols

train = data[data.index < CUTOFF]
test = data[data.index >= CUTOFF]
print(f"train {len(train)} days, test {len(test)} days")

model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
model.fit(train[features], train["Sales"])
pred = model.predict(test[features])


def report(name, y_true, y_hat):
    mae = mean_absolute_error(y_true, y_hat)
    mape = mean_absolute_percentage_error(y_true, y_hat)
    rmspe = np.sqrt(np.mean(((y_true - y_hat) / y_true) ** 2))
    print(f"{name:<22} MAE {mae:8.1f}  MAPE {mape:7.3%}  RMSPE {rmspe:.4f}")


report("gradient boosting", test["Sales"], pred)
# seasonal naive baseline: same weekday last week
seasonal_naive = test["sales_lag_7"]
report("seasonal naive (t-7)", test["Sales"], seasonal_naive)

out = pd.DataFrame({"Date": test.index, "actual": test["Sales"].values, "forecast": pred.round(0)})
out.to_csv(f"store_{STORE_ID}_forecast.csv", index=False)
