"""Daily orders forecast - Prophet rolling-origin backtest vs a weekly naive forecast."""
import numpy as np
import pandas as pd
from prophet import Prophet
from prophet.diagnostics import cross_validation, performance_metrics

orders = pd.read_csv("orders_daily.csv", parse_dates=["order_date"])
orders = (orders.groupby("order_date", as_index=False)["n_orders"].sum()
          .rename(columns={"order_date": "ds", "n_orders": "y"})
          .sort_values("ds"))
orders = orders.set_index("ds").asfreq("D", fill_value=0).reset_index()
print(orders["ds"].min(), orders["ds"].max(), len(orders))

promo = pd.read_csv("promo_calendar.csv", parse_dates=["ds"])  # planned campaigns, known ahead
promo["holiday"] = "promo"
promo["lower_window"], promo["upper_window"] = 0, 1

m = Prophet(holidays=promo[["holiday", "ds", "lower_window", "upper_window"]],
            yearly_seasonality=True, weekly_seasonality=True, changepoint_prior_scale=0.05)
m.fit(orders)

# rolling origin: each cutoff refits on data up to the cutoff and forecasts 28 days
cv = cross_validation(m, initial="730 days", period="56 days", horizon="28 days", parallel="processes")
pm = performance_metrics(cv, rolling_window=1)
print(pm[["horizon", "mae", "mape", "coverage"]])

# weekly naive at the same cutoffs: repeat the last observed week
y_by_day = orders.set_index("ds")["y"]


def weekly_naive(row):
    k = (row["ds"] - row["cutoff"]).days  # 1..28
    src = row["cutoff"] - pd.Timedelta(days=6) + pd.Timedelta(days=(k - 1) % 7)
    return y_by_day.get(src, np.nan)


cv["naive"] = cv.apply(weekly_naive, axis=1)
mae_prophet = (cv["y"] - cv["yhat"]).abs().mean()
mae_naive = (cv["y"] - cv["naive"]).abs().mean()
print(f"backtest MAE  prophet={mae_prophet:.1f}  weekly-naive={mae_naive:.1f}")
print("cutoffs:", cv["cutoff"].nunique())

by_h = cv.assign(h=(cv["ds"] - cv["cutoff"]).dt.days).groupby("h").apply(
    lambda g: pd.Series({"prophet": (g.y - g.yhat).abs().mean(), "naive": (g.y - g.naive).abs().mean()}))
print(by_h.round(1))
