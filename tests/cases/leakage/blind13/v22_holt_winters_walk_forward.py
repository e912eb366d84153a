# Hotel occupancy: Holt-Winters with a walk-forward (expanding window) backtest.
# Each step refits on everything up to the origin and forecasts the next 7 days.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from statsmodels.tsa.holtwinters import ExponentialSmoothing

occ = pd.read_csv("occupancy_daily.csv", parse_dates=["date"])
occ = occ.sort_values("date").set_index("date")["rooms_sold"].asfreq("D")
print(occ.describe())
occ = occ.ffill(limit=2)  # a couple of missing days in the PMS export
occ = occ.dropna()

H = 7
first_origin = occ.index[-1] - pd.Timedelta(days=7 * 26)
origins = pd.date_range(first_origin, occ.index[-1] - pd.Timedelta(days=H), freq="7D")

rows = []
for origin in origins:
    hist = occ[occ.index <= origin]
    future = occ[(occ.index > origin) & (occ.index <= origin + pd.Timedelta(days=H))]
    hw = ExponentialSmoothing(
        hist, trend="add", damped_trend=True, seasonal="mul", seasonal_periods=7
    ).fit(optimized=True)
    fc = hw.forecast(len(future))
    naive7 = hist.iloc[-7:].values[: len(future)]  # same weekday last week
    for d, a, f, n in zip(future.index, future.values, fc.values, naive7):
        rows.append({"origin": origin, "date": d, "actual": a, "hw": f, "naive": n})

bt = pd.DataFrame(rows)
bt["err_hw"] = (bt["actual"] - bt["hw"]).abs()
bt["err_naive"] = (bt["actual"] - bt["naive"]).abs()
print("walk-forward MAE  HW   :", bt["err_hw"].mean().round(2))
print("walk-forward MAE  naive:", bt["err_naive"].mean().round(2))
print("MASE-like ratio        :", (bt["err_hw"].mean() / bt["err_naive"].mean()).round(3))

bt.groupby("origin")[["err_hw", "err_naive"]].mean().plot(figsize=(10, 3), title="MAE per origin")
plt.tight_layout()
plt.savefig("wf_mae.png")
