"""Call-centre take-home: Prophet per queue, 28 days ahead.

Weekly + yearly seasonality, public holidays as an extra regressor.
Holdout: the last 28 days of every queue.
"""
import numpy as np
import pandas as pd
from prophet import Prophet

TARGET = "calls_offered"
HORIZON = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
cutoff = df["date"].max() - pd.Timedelta(days=HORIZON - 1)

out = []
for queue, part in df.groupby("queue_id"):
    d = part.rename(columns={"date": "ds", TARGET: "y"})[["ds", "y", "is_holiday"]].sort_values("ds")
    train, test = d[d["ds"] < cutoff], d[d["ds"] >= cutoff]
    m = Prophet(weekly_seasonality=True, yearly_seasonality=True, daily_seasonality=False)
    m.add_regressor("is_holiday")
    m.fit(train)
    fc = m.predict(test[["ds", "is_holiday"]])
    res = pd.DataFrame({"queue_id": queue, "ds": test["ds"].to_numpy(),
                        "y": test["y"].to_numpy(), "prophet": fc["yhat"].clip(lower=0).to_numpy()})
    # seasonal-naive baseline: repeat the last four training weeks
    res["seasonal_naive"] = np.resize(train["y"].to_numpy()[-28:], len(res))
    out.append(res)
res = pd.concat(out, ignore_index=True)


def mape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    m = a > 0
    return 100 * np.mean(np.abs(a[m] - f[m]) / a[m])


def smape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    d = np.abs(a) + np.abs(f)
    return 200 * np.mean(np.divide(np.abs(a - f), d, out=np.zeros_like(d), where=d > 0))


print(f"Prophet MAPE {mape(res.y, res.prophet):.1f}%  sMAPE {smape(res.y, res.prophet):.1f}%")
print(f"seasonal-naive baseline MAPE {mape(res.y, res.seasonal_naive):.1f}%  "
      f"sMAPE {smape(res.y, res.seasonal_naive):.1f}%")
