"""Store Sales - Time Series Forecasting (Favorita).

Forecast total daily sales across all stores with a gradient-boosting
regressor on calendar + lag features.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

raw = pd.read_csv("train.csv", parse_dates=["date"])
holidays = pd.read_csv("holidays_events.csv", parse_dates=["date"])

# one row per day: total sales and number of items on promotion
daily = raw.groupby("date").agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
daily = daily.asfreq("D").sort_index()
daily["sales"] = daily["sales"].fillna(0.0)        # stores are closed on Dec 25
daily["onpromotion"] = daily["onpromotion"].fillna(0)
print(daily.tail())

national = holidays[(holidays["locale"] == "National") & (holidays["transferred"] == False)]
national_days = set(national["date"])

# --- features ----------------------------------------------------------------
df = daily.copy()
df["dayofweek"] = df.index.dayofweek
df["month"] = df.index.month
df["dayofmonth"] = df.index.day
df["payday"] = ((df.index.day == 15) | df.index.is_month_end).astype(int)
df["holiday"] = df.index.isin(national_days).astype(int)
df["log_sales"] = np.log1p(df["sales"])
for lag in (7, 14, 21, 28):
    df[f"lag_{lag}"] = df["log_sales"].shift(lag)
df["roll_mean_7"] = df["log_sales"].shift(7).rolling(7).mean()
df["roll_mean_28"] = df["log_sales"].shift(7).rolling(28).mean()
df = df.dropna()

features = ["onpromotion", "dayofweek", "month", "dayofmonth", "payday", "holiday",
            "lag_7", "lag_14", "lag_21", "lag_28", "roll_mean_7", "roll_mean_28"]
X = df[features]
y = df["log_sales"]
print("rows:", len(df), "from", df.index.min().date(), "to", df.index.max().date())

# --- evaluation (RMSLE == RMSE on log1p scale) ------------------------------
model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05,
                                      max_leaf_nodes=15, random_state=0)
dummy = DummyRegressor(strategy="mean")

tscv = TimeSeriesSplit(n_splits=5, test_size=28)   # five consecutive 4-week horizons
base = -cross_val_score(dummy, X, y, cv=tscv, scoring="neg_root_mean_squared_error")
scores = -cross_val_score(model, X, y, cv=tscv, scoring="neg_root_mean_squared_error")
print(f"baseline (mean) RMSLE: {base.mean():.4f}")
print(f"HGB RMSLE per fold: {np.round(scores, 4)}")
print(f"HGB RMSLE: {scores.mean():.4f} +/- {scores.std():.4f}")

model.fit(X, y)
print("fitted on", len(X), "days")
