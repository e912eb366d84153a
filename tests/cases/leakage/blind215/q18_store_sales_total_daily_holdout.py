"""
Store Sales (Favorita) - forecast total daily sales for the next 16 days.
Chronological holdout: the last 16 days of the training file. Lags are >= 16 days so
that every feature is known at forecast time.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_percentage_error, mean_squared_log_error

PATH = "/kaggle/input/store-sales-time-series-forecasting/"
HORIZON = 16

train = pd.read_csv(PATH + "train.csv", parse_dates=["date"])
holidays = pd.read_csv(PATH + "holidays_events.csv", parse_dates=["date"])

daily = (train.groupby("date")
              .agg(sales=("sales", "sum"), promos=("onpromotion", "sum"))
              .asfreq("D"))
# the stores are closed on Dec 25, which is missing from the file
daily["sales"] = daily["sales"].fillna(0)
daily["promos"] = daily["promos"].fillna(0)
daily = daily.sort_index()
print(daily.shape)

nat = holidays[(holidays["locale"] == "National") & (~holidays["transferred"])]["date"].unique()
daily["holiday"] = daily.index.isin(nat).astype(int)
daily["dow"] = daily.index.dayofweek
daily["dom"] = daily.index.day
daily["month"] = daily.index.month
daily["year"] = daily.index.year
daily["payday"] = ((daily["dom"] == 15) | daily.index.is_month_end).astype(int)

daily["log_sales"] = np.log1p(daily["sales"])
for lag in [16, 21, 28, 35, 364]:
    daily[f"lag_{lag}"] = daily["log_sales"].shift(lag)
daily["rmean_28_16"] = daily["log_sales"].shift(HORIZON).rolling(28).mean()
daily["rmean_7_16"] = daily["log_sales"].shift(HORIZON).rolling(7).mean()

daily = daily.dropna()
features = ["promos", "holiday", "dow", "dom", "month", "year", "payday",
            "lag_16", "lag_21", "lag_28", "lag_35", "lag_364", "rmean_28_16", "rmean_7_16"]

cutoff = daily.index.max() - pd.Timedelta(days=HORIZON - 1)
tr = daily[daily.index < cutoff]
te = daily[daily.index >= cutoff]
print("train until", tr.index.max().date(), "| test", te.index.min().date(), "->", te.index.max().date())

# --------------------------------------------------------------- CV on the past
tscv = TimeSeriesSplit(n_splits=5, test_size=HORIZON)
cands = {
    "ridge": lambda: Ridge(alpha=1.0),
    "hgb_shallow": lambda: HistGradientBoostingRegressor(max_depth=3, learning_rate=0.05, max_iter=300),
    "hgb_deep": lambda: HistGradientBoostingRegressor(max_depth=6, learning_rate=0.05, max_iter=500),
}
cv_scores = {}
for name, mk in cands.items():
    errs = []
    for a, b in tscv.split(tr):
        m = mk().fit(tr.iloc[a][features], tr.iloc[a]["log_sales"])
        errs.append(mean_absolute_percentage_error(tr.iloc[b]["sales"],
                                                   np.expm1(m.predict(tr.iloc[b][features]))))
    cv_scores[name] = np.mean(errs)
    print(f"{name:<12} CV MAPE {cv_scores[name]:.4f}")
best = min(cv_scores, key=cv_scores.get)
print("chosen:", best)

# --------------------------------------------------------------- final holdout
model = cands[best]().fit(tr[features], tr["log_sales"])
pred = np.clip(np.expm1(model.predict(te[features])), 0, None)

# seasonal naive baseline: same weekday three weeks earlier
naive = np.expm1(te["lag_21"])

for name, p in [("seasonal naive baseline", naive), (best, pred)]:
    print(f"{name:<24} MAPE {mean_absolute_percentage_error(te['sales'], p):.4f}  "
          f"RMSLE {np.sqrt(mean_squared_log_error(te['sales'], p)):.4f}")

ax = daily["sales"].iloc[-120:].plot(figsize=(14, 4), label="actual")
pd.Series(pred, index=te.index).plot(ax=ax, label=best)
pd.Series(naive.values, index=te.index).plot(ax=ax, label="naive", ls="--")
ax.legend()
plt.show()
