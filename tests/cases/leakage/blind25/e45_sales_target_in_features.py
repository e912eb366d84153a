import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

ID_COLS = ("date", "store_code")

df = pd.read_csv("store_17_daily.csv", parse_dates=["date"])
df = df.sort_values("date").reset_index(drop=True)
df = df.merge(pd.read_csv("oil_prices.csv", parse_dates=["date"]), on="date", how="left")
df["dcoilwtico"] = df["dcoilwtico"].ffill()
hol = pd.read_csv("holidays_events.csv", parse_dates=["date"])
hol = hol[(hol["locale"] == "National") & (hol["transferred"] == False)]
df["national_holiday"] = df["date"].isin(hol["date"]).astype(int)

df["dayofweek"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["payday"] = ((df["date"].dt.day == 15) | df["date"].dt.is_month_end).astype(int)
df["sales_lag_7"] = df["sales"].shift(7)
df["sales_lag_14"] = df["sales"].shift(14)
df["sales_roll_mean_7"] = df["sales"].shift(1).rolling(7).mean()
df["sales_roll_mean_30"] = df["sales"].shift(1).rolling(30).mean()
df["transactions_lag_7"] = df["transactions"].shift(7)
df = df.drop(columns=["transactions"]).dropna().reset_index(drop=True)

feature_cols = [c for c in df.columns if c not in ID_COLS]
target = df["sales"]

valid_days = 90
train_X, valid_X = df[feature_cols].iloc[:-valid_days], df[feature_cols].iloc[-valid_days:]
train_y, valid_y = target.iloc[:-valid_days], target.iloc[-valid_days:]

xgb = XGBRegressor(n_estimators=700, learning_rate=0.03, max_depth=5, subsample=0.8, colsample_bytree=0.8,
                   random_state=0)
xgb.fit(train_X, train_y)
pred = xgb.predict(valid_X)

print("features:", feature_cols)
print(f"XGB      MAE {mean_absolute_error(valid_y, pred):9.1f}  RMSLE {np.sqrt(mean_squared_error(np.log1p(valid_y), np.log1p(pred.clip(0)))):.4f}")
print(f"baseline MAE {mean_absolute_error(valid_y, valid_X['sales_lag_7']):9.1f}  (same weekday last week)")
