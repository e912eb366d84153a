"""Daily sales of one garden-centre store, driven by weather and holidays."""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

sales = pd.read_csv("store_042_daily_sales.csv", parse_dates=["date"])
weather = pd.read_csv("weather_station_daily.csv", parse_dates=["date"])
holidays = pd.read_csv("public_holidays.csv", parse_dates=["date"])

df = (
    sales.merge(weather[["date", "tmax", "tmin", "precip_mm", "sunshine_h"]], on="date", how="left")
    .merge(holidays[["date", "holiday_name"]], on="date", how="left")
    .sort_values("date")
    .reset_index(drop=True)
)
df["is_holiday"] = df["holiday_name"].notna().astype(int)
df["day_before_holiday"] = (df["date"] + pd.Timedelta(days=1)).isin(holidays["date"]).astype(int)
df = df.drop(columns="holiday_name")

df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["week"] = df["date"].dt.isocalendar().week.astype(int)
df["payday"] = df["date"].dt.day.isin([1, 15, 25]).astype(int)

df["sales_lag1"] = df["sales"].shift(1)
df["sales_lag7"] = df["sales"].shift(7)
df["sales_lag364"] = df["sales"].shift(364)
df["sales_avg7"] = df["sales"].shift(1).rolling(7).mean()
df["sales_avg28"] = df["sales"].shift(1).rolling(28).mean()
df["rain_prev3d"] = df["precip_mm"].shift(1).rolling(3).sum()
df["warm_day"] = (df["tmax"] > 22).astype(int)

df = df.dropna().reset_index(drop=True)

features = [
    "tmax", "tmin", "precip_mm", "sunshine_h", "rain_prev3d", "warm_day",
    "is_holiday", "day_before_holiday", "dow", "month", "week", "payday",
    "sales_lag1", "sales_lag7", "sales_lag364", "sales_avg7", "sales_avg28",
]
X = df[features]
y = df["sales"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
print("train until", df.loc[X_train.index[-1], "date"].date(), "| test from", df.loc[X_test.index[0], "date"].date())

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.5, random_state=42, n_jobs=-1)
rf.fit(X_train, y_train)
y_pred = rf.predict(X_test)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
y_dummy = dummy.predict(X_test)

for name, p in [("random forest", y_pred), ("baseline (train mean)", y_dummy), ("baseline (last week)", X_test["sales_lag7"])]:
    print(f"{name:<24} MAE={mean_absolute_error(y_test, p):8.1f}  RMSE={np.sqrt(mean_squared_error(y_test, p)):8.1f}  R2={r2_score(y_test, p):.3f}")
