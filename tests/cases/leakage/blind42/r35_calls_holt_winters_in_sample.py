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
    fit = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=7).fit()
    fitted = fit.fittedvalues
    naive = y.shift(7)  # seasonal-naive baseline
    ok = naive.notna()
    rows.append(pd.DataFrame({"queue_id": queue, "y": y[ok], "hw": fitted[ok], "naive": naive[ok]}))

res = pd.concat(rows, ignore_index=True)


def wape(a, f):
    return np.abs(a - f).sum() / np.abs(a).sum()


def mape(a, f):
    m = a > 0
    return 100 * np.mean(np.abs(a[m] - f[m]) / a[m])


print(f"Holt-Winters            WAPE {wape(res.y, res.hw):.3f}  MAPE {mape(res.y, res.hw):.1f}%")
print(f"seasonal-naive baseline WAPE {wape(res.y, res.naive):.3f}  MAPE {mape(res.y, res.naive):.1f}%")
print(res.groupby("queue_id").apply(lambda d: wape(d.y, d.hw)).round(3))
