"""Chain-level weekly sales model with a chronological holdout.

data.py / features.py / train.py folded into one module:
  - load_weekly(): chain totals per week + macro covariates
  - build_features(): calendar parts, lags of past weeks only
  - train(): hyper-parameters by TimeSeriesSplit on the training period,
    one score on the last 26 weeks.
"""
import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import ParameterGrid, TimeSeriesSplit


@dataclass
class Config:
    sales_path: str = "data/walmart/train.csv"
    features_path: str = "data/walmart/features.csv"
    holdout_weeks: int = 26
    grid: dict = field(default_factory=lambda: {
        "max_depth": [3, 4, 6],
        "learning_rate": [0.03, 0.1],
        "n_estimators": [300, 600],
    })


# ---------------------------------------------------------------- data
def load_weekly(cfg):
    sales = pd.read_csv(cfg.sales_path, parse_dates=["Date"])
    macro = pd.read_csv(cfg.features_path, parse_dates=["Date"])
    weekly = (sales.groupby("Date")
              .agg(sales=("Weekly_Sales", "sum"), holiday=("IsHoliday", "max"))
              .reset_index())
    macro = macro.groupby("Date")[["Temperature", "Fuel_Price", "CPI", "Unemployment"]].mean().reset_index()
    weekly = weekly.merge(macro, on="Date", how="left").sort_values("Date").reset_index(drop=True)
    weekly["holiday"] = weekly["holiday"].astype(int)
    return weekly


# ------------------------------------------------------------ features
def build_features(weekly):
    df = weekly.copy()
    df["week"] = df["Date"].dt.isocalendar().week.astype(int)
    df["month"] = df["Date"].dt.month
    df["year"] = df["Date"].dt.year
    past = df["sales"].shift(1)
    df["lag_1"] = past
    df["lag_2"] = df["sales"].shift(2)
    df["lag_52"] = df["sales"].shift(52)
    df["roll_4"] = past.rolling(4).mean()
    df["roll_13_std"] = past.rolling(13).std()
    df["diff_1"] = df["lag_1"] - df["lag_2"]
    return df.dropna().reset_index(drop=True)


FEATURES = ["holiday", "Temperature", "Fuel_Price", "CPI", "Unemployment", "week", "month",
            "year", "lag_1", "lag_2", "lag_52", "roll_4", "roll_13_std", "diff_1"]


# -------------------------------------------------------------- train
def tune(X, y, grid):
    tscv = TimeSeriesSplit(n_splits=5)
    best, best_mae = None, np.inf
    for params in ParameterGrid(grid):
        maes = []
        for tr, va in tscv.split(X):
            m = xgb.XGBRegressor(subsample=0.8, colsample_bytree=0.8, random_state=0, **params)
            m.fit(X.iloc[tr], y.iloc[tr])
            maes.append(mean_absolute_error(y.iloc[va], m.predict(X.iloc[va])))
        if np.mean(maes) < best_mae:
            best, best_mae = params, np.mean(maes)
    print("best params", best, "cv MAE %.0f" % best_mae)
    return best


def train(cfg):
    data = build_features(load_weekly(cfg))
    cutoff = data["Date"].iloc[-cfg.holdout_weeks]
    train_df = data[data["Date"] < cutoff]
    test_df = data[data["Date"] >= cutoff]
    print(f"train {train_df['Date'].min().date()} .. {train_df['Date'].max().date()} ({len(train_df)} weeks)")
    print(f"test  {test_df['Date'].min().date()} .. {test_df['Date'].max().date()} ({len(test_df)} weeks)")

    params = tune(train_df[FEATURES], train_df["sales"], cfg.grid)
    model = xgb.XGBRegressor(subsample=0.8, colsample_bytree=0.8, random_state=0, **params)
    model.fit(train_df[FEATURES], train_df["sales"])

    pred = model.predict(test_df[FEATURES])
    result = {
        "params": params,
        "test_mae": float(mean_absolute_error(test_df["sales"], pred)),
        "test_mape": float(mean_absolute_percentage_error(test_df["sales"], pred)),
        "naive_lag1_mape": float(mean_absolute_percentage_error(test_df["sales"], test_df["lag_1"])),
        "seasonal_naive_mape": float(mean_absolute_percentage_error(test_df["sales"], test_df["lag_52"])),
    }
    print(json.dumps(result, indent=2))
    return model, result


if __name__ == "__main__":
    train(Config())
