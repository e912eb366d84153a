"""Daily chain-wide sales forecast: calendar + lag features, LightGBM with 5-fold OOF."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_percentage_error, mean_squared_error
from sklearn.model_selection import KFold

sales = pd.read_csv("sales.csv", parse_dates=["date"])
holidays = pd.read_csv("holidays.csv", parse_dates=["date"])
oil = pd.read_csv("oil.csv", parse_dates=["date"])

daily = sales.groupby("date", as_index=False).agg(sales=("sales", "sum"), onpromotion=("onpromotion", "sum"))
daily = daily.merge(oil, on="date", how="left").merge(
    holidays[["date", "is_national_holiday"]], on="date", how="left"
)
daily = daily.sort_values("date").reset_index(drop=True)
daily["dcoilwtico"] = daily["dcoilwtico"].ffill()
daily["is_national_holiday"] = daily["is_national_holiday"].fillna(0).astype(int)

daily["dow"] = daily["date"].dt.dayofweek
daily["dom"] = daily["date"].dt.day
daily["month"] = daily["date"].dt.month
daily["weekofyear"] = daily["date"].dt.isocalendar().week.astype(int)
daily["payday"] = ((daily["dom"] == 15) | daily["date"].dt.is_month_end).astype(int)

for lag in (1, 7, 14, 28, 364):
    daily[f"lag_{lag}"] = daily["sales"].shift(lag)
for win in (7, 28):
    daily[f"roll_mean_{win}"] = daily["sales"].shift(1).rolling(win).mean()
    daily[f"roll_std_{win}"] = daily["sales"].shift(1).rolling(win).std()
daily["promo_lag_7"] = daily["onpromotion"].shift(7)

daily = daily.dropna().reset_index(drop=True)
features = [c for c in daily.columns if c not in ("date", "sales")]
X = daily[features]
y = np.log1p(daily["sales"].values)

params = dict(objective="regression", learning_rate=0.03, num_leaves=31, min_data_in_leaf=10,
              feature_fraction=0.9, bagging_fraction=0.9, bagging_freq=1, verbose=-1, seed=0)

oof = np.zeros(len(X))
folds = KFold(n_splits=5, shuffle=True, random_state=0)
for k, (tr, va) in enumerate(folds.split(X)):
    booster = lgb.train(params, lgb.Dataset(X.iloc[tr], y[tr]), 2000,
                        valid_sets=[lgb.Dataset(X.iloc[va], y[va])],
                        callbacks=[lgb.early_stopping(100, verbose=False)])
    oof[va] = booster.predict(X.iloc[va], num_iteration=booster.best_iteration)
    print(f"fold {k}: RMSLE {mean_squared_error(y[va], oof[va]) ** 0.5:.4f}")

true_sales = np.expm1(y)
pred_sales = np.expm1(oof)
print(f"OOF RMSLE {mean_squared_error(y, oof) ** 0.5:.4f}")
print(f"OOF MAPE  {mean_absolute_percentage_error(true_sales, pred_sales):.4f}")
