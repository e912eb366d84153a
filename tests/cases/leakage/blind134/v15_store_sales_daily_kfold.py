"""Favorita store sales - forecasting total daily sales.

Aggregate all stores/families to one daily series, add calendar, oil and
holiday features, compare a few regressors with 5-fold CV.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score, cross_val_predict
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, HistGradientBoostingRegressor

DATA = "store-sales-time-series-forecasting"

sales = pd.read_csv(f"{DATA}/train.csv", parse_dates=["date"])
oil = pd.read_csv(f"{DATA}/oil.csv", parse_dates=["date"])
holidays = pd.read_csv(f"{DATA}/holidays_events.csv", parse_dates=["date"])

daily = (sales.groupby("date")
              .agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
              .reset_index())
daily = daily.merge(oil, on="date", how="left").sort_values("date").reset_index(drop=True)
daily["dcoilwtico"] = daily["dcoilwtico"].ffill()

national = holidays[(holidays["locale"] == "National") & (~holidays["transferred"])]
daily["is_holiday"] = daily["date"].isin(national["date"]).astype(int)

daily["dayofweek"] = daily["date"].dt.dayofweek
daily["dayofmonth"] = daily["date"].dt.day
daily["month"] = daily["date"].dt.month
daily["year"] = daily["date"].dt.year
daily["payday"] = ((daily["dayofmonth"] == 15) | daily["date"].dt.is_month_end).astype(int)
daily["trend"] = np.arange(len(daily))
daily = daily.dropna().reset_index(drop=True)
print(daily.shape, daily["date"].min().date(), daily["date"].max().date())

features = ["onpromotion", "dcoilwtico", "is_holiday", "dayofweek", "dayofmonth",
            "month", "year", "payday", "trend"]
X = daily[features]
y = np.log1p(daily["sales"])

cv = KFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "ridge": Ridge(alpha=1.0),
    "random_forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=2, random_state=0),
    "hist_gb": HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=0),
}
for name, model in models.items():
    rmse = -cross_val_score(model, X, y, cv=cv, scoring="neg_root_mean_squared_error")
    print(f"{name:14s} RMSLE {rmse.mean():.4f} +/- {rmse.std():.4f}")

oof = cross_val_predict(models["hist_gb"], X, y, cv=cv)
daily["pred_sales"] = np.expm1(oof)
daily[["date", "sales", "pred_sales"]].to_csv("daily_sales_oof.csv", index=False)
