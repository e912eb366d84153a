#!/usr/bin/env python
"""Daily sales model for a single Rossmann store (store 262, the busiest one).

Blog series "forecasting retail sales with gradient boosting", part 2.
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

# customers are only known at the end of the day -> not usable as an input
store = store.drop(columns=["Customers", "Store"])
store["StateHoliday"] = store["StateHoliday"].astype(str).map({"0": 0, "a": 1, "b": 2, "c": 3})

# closed days have Sales == 0, we model open days only but keep the calendar complete for lags
store.loc[store["Open"] == 0, "Sales"] = np.nan

# smooth demand level + weekly pattern
store["sales_level_7"] = store["Sales"].rolling(7, center=True, min_periods=3).mean()
store["sales_level_28"] = store["Sales"].rolling(28, min_periods=10).mean()
store["sales_lag_7"] = store["Sales"].shift(7)
store["sales_lag_14"] = store["Sales"].shift(14)

lag_cols = ["sales_level_7", "sales_level_28", "sales_lag_7", "sales_lag_14"]
# gaps after closed days: take the next available value
store[lag_cols] = store[lag_cols].bfill()

store["dow"] = store.index.dayofweek
store["dom"] = store.index.day
store["month"] = store.index.month
store["weekofyear"] = store.index.isocalendar().week.astype(int)

data = store[store["Open"] == 1].dropna(subset=["Sales"])
features = ["Promo", "SchoolHoliday", "StateHoliday", "dow", "dom", "month", "weekofyear"] + lag_cols

train = data[data.index < CUTOFF]
test = data[data.index >= CUTOFF]
print(f"train {len(train)} days, test {len(test)} days")

model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
model.fit(train[features], train["Sales"])
pred = model.predict(test[features])

mae = mean_absolute_error(test["Sales"], pred)
mape = mean_absolute_percentage_error(test["Sales"], pred)
rmspe = np.sqrt(np.mean(((test["Sales"] - pred) / test["Sales"]) ** 2))
print(f"MAE   {mae:8.1f}")
print(f"MAPE  {mape:8.3%}")
print(f"RMSPE {rmspe:8.4f}   (the Kaggle metric)")

out = pd.DataFrame({"Date": test.index, "actual": test["Sales"].values, "forecast": pred.round(0)})
out.to_csv(f"store_{STORE_ID}_forecast.csv", index=False)
