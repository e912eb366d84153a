# Next-day peak load forecast (daily), XGBoost on lag / window features.
# Forecast is issued at the end of day t for day t+1.

import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error
from sklearn.model_selection import TimeSeriesSplit
from xgboost import XGBRegressor

load = pd.read_csv("daily_peak_load.csv", parse_dates=["day"]).sort_values("day").set_index("day")
load = load.asfreq("D")
print(load.isna().sum())
load["peak_mw"] = load["peak_mw"].ffill()
load["temp_max"] = load["temp_max"].ffill()

# target: tomorrow's peak
load["y"] = load["peak_mw"].shift(-1)

# features known at the end of day t
load["peak_today"] = load["peak_mw"]
load["peak_lag1"] = load["peak_mw"].shift(1)
load["peak_lag6"] = load["peak_mw"].shift(6)          # same weekday as tomorrow, last week
load["peak_roll7"] = load["peak_mw"].rolling(7).mean()
load["peak_roll28_std"] = load["peak_mw"].rolling(28).std()
load["peak_ewm"] = load["peak_mw"].ewm(span=14, adjust=False).mean()
load["temp_today"] = load["temp_max"]
load["temp_roll3"] = load["temp_max"].rolling(3).mean()
tomorrow = load.index + pd.Timedelta(days=1)
load["dow_tomorrow"] = tomorrow.dayofweek
load["month_tomorrow"] = tomorrow.month

load = load.dropna()
FEATS = ["peak_today", "peak_lag1", "peak_lag6", "peak_roll7", "peak_roll28_std", "peak_ewm",
         "temp_today", "temp_roll3", "dow_tomorrow", "month_tomorrow"]
X, y = load[FEATS], load["y"]

tscv = TimeSeriesSplit(n_splits=6, test_size=90, gap=0)
rows = []
for k, (tr, te) in enumerate(tscv.split(X)):
    m = XGBRegressor(n_estimators=600, learning_rate=0.03, max_depth=4, subsample=0.8,
                     colsample_bytree=0.8, random_state=k)
    m.fit(X.iloc[tr], y.iloc[tr])
    p = m.predict(X.iloc[te])
    naive = X["peak_lag6"].iloc[te]  # tomorrow ~ same weekday last week
    rows.append({
        "fold": k,
        "test_start": X.index[te[0]].date(),
        "mape_xgb": mean_absolute_percentage_error(y.iloc[te], p),
        "mape_naive": mean_absolute_percentage_error(y.iloc[te], naive),
    })

res = pd.DataFrame(rows)
print(res.round(4))
print(res[["mape_xgb", "mape_naive"]].mean().round(4))
