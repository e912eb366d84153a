"""Daily chain-wide sales forecast: calendar + lag features, expanding-window time-series CV."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_percentage_error, mean_squared_error
from sklearn.model_selection import TimeSeriesSplit

sales = pd.read_csv("sales.csv", parse_dates=["date"])
oil = pd.read_csv("oil.csv", parse_dates=["date"])

daily = sales.groupby("date", as_index=False).agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
daily = daily.merge(oil, on="date", how="left").sort_values("date").reset_index(drop=True)
daily["dcoilwtico"] = daily["dcoilwtico"].ffill()

daily["dow"] = daily["date"].dt.dayofweek
daily["dom"] = daily["date"].dt.day
daily["month"] = daily["date"].dt.month
daily["payday"] = ((daily["dom"] == 15) | daily["date"].dt.is_month_end).astype(int)

for lag in (1, 7, 14, 28, 364):
    daily[f"lag_{lag}"] = daily["sales"].shift(lag)
for win in (7, 28):
    daily[f"roll_mean_{win}"] = daily["sales"].shift(1).rolling(win).mean()
daily["promo_lag_7"] = daily["onpromotion"].shift(7)
daily = daily.dropna().reset_index(drop=True)

features = [c for c in daily.columns if c not in ("date", "sales")]
X = daily[features]
y = np.log1p(daily["sales"].values)

params = dict(objective="regression", learning_rate=0.03, num_leaves=31, min_data_in_leaf=10,
              feature_fraction=0.9, bagging_fraction=0.9, bagging_freq=1, verbose=-1, seed=0)

tss = TimeSeriesSplit(n_splits=5, test_size=28)
scores = []
for k, (tr, va) in enumerate(tss.split(X)):
    booster = lgb.train(params, lgb.Dataset(X.iloc[tr], y[tr]), num_boost_round=800)
    pred = booster.predict(X.iloc[va])
    baseline_naive = np.log1p(daily["lag_7"].values[va])
    scores.append(
        {
            "fold": k,
            "valid_from": daily["date"].iloc[va[0]].date(),
            "rmsle_model": mean_squared_error(y[va], pred) ** 0.5,
            "rmsle_baseline_seasonal_naive": mean_squared_error(y[va], baseline_naive) ** 0.5,
            "mape_model": mean_absolute_percentage_error(np.expm1(y[va]), np.expm1(pred)),
        }
    )

report = pd.DataFrame(scores)
print(report.to_string(index=False, float_format=lambda v: f"{v:.4f}"))
print(report[["rmsle_model", "rmsle_baseline_seasonal_naive", "mape_model"]].mean().round(4))
