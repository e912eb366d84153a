"""Favorita: daily GROCERY I sales for store 44, with oil price and promotions.

Gaps in the series (store closed / missing extract days) and in the oil price
are filled before building the lag features.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_log_error

train = pd.read_csv("favorita/train.csv", parse_dates=["date"])
oil = pd.read_csv("favorita/oil.csv", parse_dates=["date"])
hol = pd.read_csv("favorita/holidays_events.csv", parse_dates=["date"])

series = train[(train["store_nbr"] == 44) & (train["family"] == "GROCERY I")]
series = series.set_index("date").sort_index()[["sales", "onpromotion"]]
full_idx = pd.date_range(series.index.min(), series.index.max(), freq="D")
series = series.reindex(full_idx)
print("missing days:", series["sales"].isna().sum())

series["sales"] = series["sales"].replace(0, np.nan).interpolate(method="time")
series["onpromotion"] = series["onpromotion"].fillna(0)

oil = oil.set_index("date").reindex(full_idx)["dcoilwtico"]
series["oil"] = oil.interpolate(method="time").bfill()

national = hol[(hol["locale"] == "National") & (hol["transferred"] == False)]
series["holiday"] = series.index.isin(national["date"]).astype(int)

df = series.copy()
df["dow"] = df.index.dayofweek
df["dom"] = df.index.day
df["month"] = df.index.month
df["payday"] = ((df["dom"] == 15) | df.index.is_month_end).astype(int)
for lag in [1, 7, 14, 364]:
    df[f"sales_lag_{lag}"] = df["sales"].shift(lag)
df["sales_roll7"] = df["sales"].shift(1).rolling(7).mean()
df["sales_roll28"] = df["sales"].shift(1).rolling(28).mean()
df["oil_chg_7"] = df["oil"].pct_change(7)
df["log_sales"] = np.log1p(df["sales"])
df = df.dropna()

features = ["onpromotion", "oil", "oil_chg_7", "holiday", "dow", "dom", "month", "payday",
            "sales_lag_1", "sales_lag_7", "sales_lag_14", "sales_lag_364", "sales_roll7", "sales_roll28"]

cut = pd.Timestamp("2017-01-01")
tr, te = df[df.index < cut], df[df.index >= cut]
print(len(tr), "train days,", len(te), "test days")

naive = te["sales_lag_7"]
print(f"baseline (last week)  MAE {mean_absolute_error(te['sales'], naive):8.1f}  "
      f"RMSLE {mean_squared_log_error(te['sales'], naive) ** 0.5:.4f}")

ridge = Ridge(alpha=1.0).fit(tr[features], tr["log_sales"])
gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3, random_state=0)
gbr.fit(tr[features], tr["log_sales"])

for name, m in [("ridge", ridge), ("gbr", gbr)]:
    p = np.expm1(m.predict(te[features]))
    print(f"{name:20s}  MAE {mean_absolute_error(te['sales'], p):8.1f}  "
          f"RMSLE {mean_squared_log_error(te['sales'], p) ** 0.5:.4f}")
