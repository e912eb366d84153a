# Store Sales - Time Series Forecasting (Favorita)
# Top-down: forecast total daily sales with LightGBM, 16-day horizon.
# Exogenous: oil price, national holidays, payday. Validate on the last 8 weeks.

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import mean_squared_log_error

DIR = "/kaggle/input/store-sales-time-series-forecasting"
HORIZON = 16

train = pd.read_csv(f"{DIR}/train.csv", parse_dates=["date"])
test = pd.read_csv(f"{DIR}/test.csv", parse_dates=["date"])
oil = pd.read_csv(f"{DIR}/oil.csv", parse_dates=["date"])
hol = pd.read_csv(f"{DIR}/holidays_events.csv", parse_dates=["date"])
print(train.shape, test.shape, oil.shape)
print(train["date"].min(), train["date"].max(), "| test:", test["date"].min(), test["date"].max())

daily = train.set_index("date")["sales"].resample("D").sum().to_frame("sales")
future = pd.DataFrame(index=pd.date_range(test["date"].min(), test["date"].max(), freq="D"))
daily = pd.concat([daily, future]).sort_index()
daily.index.name = "date"
print(daily.tail(20))

oil = oil.set_index("date").sort_index().reindex(daily.index)
oil["dcoilwtico"] = oil["dcoilwtico"].interpolate(method="time").bfill()
daily["oil"] = oil["dcoilwtico"]
daily["oil_ma28"] = daily["oil"].shift(1).rolling(28, min_periods=1).mean()
daily["oil_chg_7"] = daily["oil"] / daily["oil"].shift(7) - 1

nat = hol[(hol["locale"] == "National") & (hol["transferred"] == False)]
daily["holiday"] = daily.index.isin(nat["date"]).astype(int)
daily["closed"] = ((daily.index.month == 1) & (daily.index.day == 1)) | (
    (daily.index.month == 12) & (daily.index.day == 25))
daily.loc[daily["closed"] & daily["sales"].notna(), "sales"] = np.nan

daily["dow"] = daily.index.dayofweek
daily["dom"] = daily.index.day
daily["month"] = daily.index.month
daily["doy"] = daily.index.dayofyear
daily["payday"] = ((daily.index.day == 15) | daily.index.is_month_end).astype(int)
daily["t"] = np.arange(len(daily))

daily["log_sales"] = np.log1p(daily["sales"])
for lag in (16, 21, 28, 35, 364):
    daily[f"lag_{lag}"] = daily["log_sales"].shift(lag)
daily["roll_mean_28"] = daily["log_sales"].shift(HORIZON).rolling(28, min_periods=7).mean()
daily["roll_mean_7"] = daily["log_sales"].shift(HORIZON).rolling(7, min_periods=3).mean()

FEATURES = ["oil", "oil_ma28", "oil_chg_7", "holiday", "dow", "dom", "month", "doy", "payday", "t",
            "lag_16", "lag_21", "lag_28", "lag_35", "lag_364", "roll_mean_28", "roll_mean_7"]

hist = daily[daily["sales"].notna() & daily["lag_364"].notna()]
split_date = hist.index.max() - pd.Timedelta(days=55)
tr = hist[hist.index < split_date]
va = hist[hist.index >= split_date]
print("train:", tr.index.min().date(), tr.index.max().date(), "| valid:", va.index.min().date(), va.index.max().date())

model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.02, num_leaves=31,
                          min_child_samples=10, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(tr[FEATURES], tr["log_sales"])
va_pred = np.expm1(model.predict(va[FEATURES]))


def rmsle(a, b):
    return np.sqrt(mean_squared_log_error(a, np.clip(b, 0, None)))


print(f"seasonal naive baseline (lag 21) RMSLE: {rmsle(va['sales'], np.expm1(va['lag_21'])):.4f}")
print(f"LightGBM RMSLE:                         {rmsle(va['sales'], va_pred):.4f}")

fig, ax = plt.subplots(figsize=(14, 4))
ax.plot(va.index, va["sales"], label="actual")
ax.plot(va.index, va_pred, label="lgbm")
ax.plot(va.index, np.expm1(va["lag_21"]), label="lag 21", alpha=0.6)
ax.legend()
plt.savefig("valid.png")

full_model = lgb.LGBMRegressor(**model.get_params()).fit(hist[FEATURES], hist["log_sales"])
fut = daily.loc[future.index]
total_forecast = pd.Series(np.expm1(full_model.predict(fut[FEATURES])), index=fut.index)
print(total_forecast.round(0))

out = total_forecast.rename("total_sales").reset_index().rename(columns={"index": "date"})
out.to_csv("total_sales_forecast.csv", index=False)
print("saved total forecast; per-store/family split is done in the reconciliation notebook")
