"""Per-restaurant exponential smoothing with weekly seasonality.

For every restaurant the series is cut at the same date; the model is fitted on
the part before the cut and forecasts the 28 days after it. A seasonal naive
forecast (same weekday last week) is the baseline.
"""
import warnings
import numpy as np
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.filterwarnings("ignore")
H = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
cut = df["date"].max() - pd.Timedelta(days=H)

rows = []
for rid, g in df.groupby("restaurant_id"):
    s = g.set_index("date")["covers"].asfreq("D")
    s = s.ffill().fillna(0)  # gaps filled from the past only
    past, future = s[s.index <= cut], s[s.index > cut]
    if len(past) < 4 * 7 or future.empty:
        continue
    hw = ExponentialSmoothing(past, trend="add", seasonal="add", seasonal_periods=7,
                              damped_trend=True).fit(optimized=True)
    fc = hw.forecast(len(future))
    naive = np.tile(past.iloc[-7:].values, int(np.ceil(len(future) / 7)))[: len(future)]
    rows.append(pd.DataFrame({"restaurant_id": rid, "date": future.index, "covers": future.values,
                              "hw": fc.values, "baseline": naive}))

ev = pd.concat(rows)
mae = lambda a, b: float(np.mean(np.abs(a - b)))
print("restaurants evaluated:", ev.restaurant_id.nunique())
print("seasonal naive baseline MAE:", round(mae(ev.covers, ev.baseline), 2))
print("holt-winters MAE:            ", round(mae(ev.covers, ev.hw), 2))
print(ev.groupby("restaurant_id").apply(lambda x: mae(x.covers, x.hw)).describe())

# submission: refit each restaurant on its full history and forecast the test dates
test = pd.read_csv("test.csv", parse_dates=["date"])
preds = []
for rid, g in test.groupby("restaurant_id"):
    s = df[df.restaurant_id == rid].set_index("date")["covers"].asfreq("D")
    s = s.ffill().fillna(0)
    fit = ExponentialSmoothing(s, trend="add", seasonal="add", seasonal_periods=7,
                               damped_trend=True).fit()
    steps = int((g["date"].max() - s.index.max()).days)
    fc = fit.forecast(max(steps, 1))
    preds.append(pd.DataFrame({"row_id": g["row_id"].values,
                               "prediction": fc.reindex(g["date"]).clip(lower=0).fillna(s.mean()).values}))
pd.concat(preds).to_csv("predictions.csv", index=False)
