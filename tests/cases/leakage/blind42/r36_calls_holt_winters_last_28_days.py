"""Call-centre take-home: Holt-Winters per queue.

Daily calls have a strong weekly cycle and a slow trend, so an additive
Holt-Winters model is fitted to each queue.
"""
import numpy as np
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing

TARGET = "calls_offered"
df = pd.read_csv("train.csv", parse_dates=["date"])

rows = []
for queue, part in df.groupby("queue_id"):
    y = part.set_index("date")[TARGET].sort_index().asfreq("D").fillna(0)
    y_train, y_test = y.iloc[:-28], y.iloc[-28:]
    fit = ExponentialSmoothing(y_train, trend="add", seasonal="add", seasonal_periods=7).fit()
    forecast = fit.forecast(28)
    naive = np.tile(y_train.iloc[-7:].to_numpy(), 4)  # seasonal-naive baseline
    rows.append(pd.DataFrame({"queue_id": queue, "y": y_test.to_numpy(),
                              "hw": forecast.to_numpy(), "naive": naive}))

res = pd.concat(rows, ignore_index=True)


def wape(a, f):
    return np.abs(a - f).sum() / np.abs(a).sum()


def mape(a, f):
    m = a > 0
    return 100 * np.mean(np.abs(a[m] - f[m]) / a[m])


print(f"Holt-Winters            WAPE {wape(res.y, res.hw):.3f}  MAPE {mape(res.y, res.hw):.1f}%")
print(f"seasonal-naive baseline WAPE {wape(res.y, res.naive):.3f}  MAPE {mape(res.y, res.naive):.1f}%")
print(res.groupby("queue_id").apply(lambda d: wape(d.y, d.hw)).round(3))
