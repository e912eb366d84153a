"""
Store Item Demand Forecasting Challenge
LightGBM on lag / rolling features, 50 items x 10 stores, daily sales 2013-2017.
"""
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

warnings.filterwarnings("ignore")
pd.set_option("display.max_columns", 50)

DATA_DIR = "../input/demand-forecasting-kernels-only/"
SEED = 2020


def smape(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    denom = np.abs(y_true) + np.abs(y_pred)
    out = np.where(denom == 0, 0.0, 2.0 * np.abs(y_pred - y_true) / np.where(denom == 0, 1, denom))
    return 100 * out.mean()


train = pd.read_csv(DATA_DIR + "train.csv", parse_dates=["date"])
print(train.shape)
print(train.date.min(), train.date.max())
train = train.sort_values(["store", "item", "date"]).reset_index(drop=True)

# quick look at overall seasonality
daily = train.groupby("date")["sales"].sum()
daily.rolling(30).mean().plot(figsize=(12, 4), title="total sales, 30d rolling")
plt.tight_layout()
plt.savefig("total_sales.png")
plt.close()


def add_date_parts(df):
    df["month"] = df.date.dt.month
    df["day_of_month"] = df.date.dt.day
    df["day_of_year"] = df.date.dt.dayofyear
    df["week_of_year"] = df.date.dt.isocalendar().week.astype(int)
    df["day_of_week"] = df.date.dt.dayofweek
    df["year"] = df.date.dt.year
    df["is_wknd"] = (df.date.dt.weekday >= 5).astype(int)
    df["is_month_start"] = df.date.dt.is_month_start.astype(int)
    df["is_month_end"] = df.date.dt.is_month_end.astype(int)
    return df


def random_noise(df, scale=1.6):
    return np.random.normal(scale=scale, size=(len(df),))


def add_lags(df, lags):
    for lag in lags:
        df["sales_lag_" + str(lag)] = (
            df.groupby(["store", "item"])["sales"].shift(lag) + random_noise(df)
        )
    return df


def add_rolling_means(df, windows):
    for window in windows:
        df["sales_roll_mean_" + str(window)] = df.groupby(["store", "item"])["sales"].transform(
            lambda x: x.shift(1).rolling(window=window, min_periods=10, win_type="triang").mean()
        ) + random_noise(df)
    return df


def add_ewm(df, alphas, lags):
    for alpha in alphas:
        for lag in lags:
            name = "sales_ewm_alpha_" + str(alpha).replace(".", "") + "_lag_" + str(lag)
            df[name] = df.groupby(["store", "item"])["sales"].transform(
                lambda x: x.shift(lag).ewm(alpha=alpha).mean()
            )
    return df


np.random.seed(SEED)
train = add_date_parts(train)
train = add_lags(train, [91, 98, 105, 112, 119, 126, 182, 364, 546, 728])
train = add_rolling_means(train, [365, 546])
train = add_ewm(train, [0.95, 0.9, 0.8, 0.7, 0.5], [91, 98, 105, 112, 180, 270, 365, 546, 728])

# one-hot the calendar columns
train = pd.get_dummies(train, columns=["store", "item", "day_of_week", "month"])

# log1p on the target, as in most kernels
train["sales"] = np.log1p(train["sales"].values)

# drop the first two years where the long lags are undefined
train = train[train.year >= 2015].reset_index(drop=True)

cols = [c for c in train.columns if c not in ["date", "id", "sales", "year"]]
print("n features:", len(cols))

X_tr, X_val, y_tr, y_val = train_test_split(
    train[cols], train["sales"], test_size=0.2, random_state=SEED
)
print(X_tr.shape, X_val.shape)

lgb_params = {
    "metric": "mae",
    "num_leaves": 10,
    "learning_rate": 0.02,
    "feature_fraction": 0.8,
    "max_depth": 5,
    "verbose": -1,
    "num_boost_round": 3000,
    "nthread": -1,
}

lgbtrain = lgb.Dataset(data=X_tr, label=y_tr, feature_name=cols)
model = lgb.train(lgb_params, lgbtrain, num_boost_round=lgb_params["num_boost_round"])

y_pred_val = model.predict(X_val, num_iteration=model.best_iteration)
print("SMAPE :", smape(np.expm1(y_val), np.expm1(y_pred_val)))
print("MAE   :", mean_absolute_error(np.expm1(y_val), np.expm1(y_pred_val)))
print("RMSE  :", np.sqrt(mean_squared_error(np.expm1(y_val), np.expm1(y_pred_val))))

imp = pd.DataFrame({"feature": cols, "gain": model.feature_importance("gain")})
print(imp.sort_values("gain", ascending=False).head(25))
