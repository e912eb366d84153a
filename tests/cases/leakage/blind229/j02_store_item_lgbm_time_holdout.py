"""
Store Item Demand Forecasting Challenge
LightGBM on lag / rolling features. Validation = first 3 months of 2017, like the
public test period is the first 3 months of 2018.
"""
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

warnings.filterwarnings("ignore")

DATA_DIR = "../input/demand-forecasting-kernels-only/"
SEED = 2020
VAL_START, VAL_END = "2017-01-01", "2017-03-31"


def smape(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    denom = np.abs(y_true) + np.abs(y_pred)
    ratio = np.divide(2.0 * np.abs(y_pred - y_true), denom, out=np.zeros_like(denom), where=denom != 0)
    return 100 * ratio.mean()


sales = pd.read_csv(DATA_DIR + "train.csv", parse_dates=["date"])
sales = sales.sort_values(["store", "item", "date"]).reset_index(drop=True)
print(sales.shape, sales.date.min(), sales.date.max())


def calendar(df):
    df["month"] = df.date.dt.month
    df["day_of_month"] = df.date.dt.day
    df["day_of_year"] = df.date.dt.dayofyear
    df["week_of_year"] = df.date.dt.isocalendar().week.astype(int)
    df["day_of_week"] = df.date.dt.dayofweek
    df["year"] = df.date.dt.year
    df["is_wknd"] = (df.date.dt.weekday >= 5).astype(int)
    return df


def lag_features(df, lags):
    g = df.groupby(["store", "item"])["sales"]
    for lag in lags:
        df[f"lag_{lag}"] = g.shift(lag)
    return df


def roll_features(df, windows, offset=91):
    # windows end 91 days back so that every validation day only sees
    # sales that would be known at forecast time
    g = df.groupby(["store", "item"])["sales"]
    for w in windows:
        df[f"roll_mean_{w}"] = g.transform(lambda s: s.shift(offset).rolling(w, min_periods=10).mean())
        df[f"roll_std_{w}"] = g.transform(lambda s: s.shift(offset).rolling(w, min_periods=10).std())
    return df


def ewm_features(df, alphas, lags):
    g = df.groupby(["store", "item"])["sales"]
    for a in alphas:
        for lag in lags:
            df[f"ewm_{int(a * 100)}_lag_{lag}"] = g.transform(lambda s: s.shift(lag).ewm(alpha=a).mean())
    return df


sales = calendar(sales)
sales = lag_features(sales, [91, 98, 105, 112, 119, 126, 182, 364, 546, 728])
sales = roll_features(sales, [30, 90, 365])
sales = ewm_features(sales, [0.9, 0.7, 0.5], [91, 98, 105, 112, 180, 270, 365])
sales = pd.get_dummies(sales, columns=["store", "item", "day_of_week", "month"])
sales = sales[sales.year >= 2015].reset_index(drop=True)

train_mask = sales.date < VAL_START
val_mask = (sales.date >= VAL_START) & (sales.date <= VAL_END)
trn, val = sales[train_mask], sales[val_mask]
print("train until", trn.date.max().date(), "| valid", val.date.min().date(), "->", val.date.max().date())

feats = [c for c in sales.columns if c not in ("date", "id", "sales", "year")]

params = {
    "objective": "regression_l1",
    "num_leaves": 15,
    "learning_rate": 0.03,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "max_depth": 6,
    "verbose": -1,
    "seed": SEED,
}
dtrain = lgb.Dataset(trn[feats], label=np.log1p(trn["sales"]))
booster = lgb.train(params, dtrain, num_boost_round=1500)

pred = np.expm1(booster.predict(val[feats]))

# seasonal baseline: same day one year earlier
baseline_pred = val["lag_364"].fillna(trn["sales"].mean())

scores = pd.DataFrame(
    {
        "SMAPE": [smape(val.sales, baseline_pred), smape(val.sales, pred)],
        "MAE": [mean_absolute_error(val.sales, baseline_pred), mean_absolute_error(val.sales, pred)],
    },
    index=["baseline (lag 364)", "lightgbm"],
)
print(scores.round(3))

fi = pd.Series(booster.feature_importance("gain"), index=feats).sort_values(ascending=False)
print(fi.head(20))
