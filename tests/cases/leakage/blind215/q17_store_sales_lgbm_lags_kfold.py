"""
Store Sales - Time Series Forecasting (Favorita)
LightGBM on per-series lag / rolling features, 5-fold CV.
"""
import gc
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_squared_log_error

PATH = "/kaggle/input/store-sales-time-series-forecasting/"

train = pd.read_csv(PATH + "train.csv", parse_dates=["date"])
stores = pd.read_csv(PATH + "stores.csv")
oil = pd.read_csv(PATH + "oil.csv", parse_dates=["date"])
holidays = pd.read_csv(PATH + "holidays_events.csv", parse_dates=["date"])

train = train[train["date"] >= "2015-06-01"].copy()   # keep memory reasonable
print(train.shape, train["date"].min(), train["date"].max())

# ------------------------------------------------------------------ joins
oil = oil.set_index("date").asfreq("D")
oil["dcoilwtico"] = oil["dcoilwtico"].ffill()
oil = oil.reset_index()

nat_hol = holidays[(holidays["locale"] == "National") & (holidays["transferred"] == False)]
nat_hol = nat_hol[["date"]].drop_duplicates().assign(is_holiday=1)

df = (train.merge(stores, on="store_nbr", how="left")
           .merge(oil, on="date", how="left")
           .merge(nat_hol, on="date", how="left"))
df["is_holiday"] = df["is_holiday"].fillna(0)

# ---------------------------------------------------------- date features
df["dow"] = df["date"].dt.dayofweek
df["dom"] = df["date"].dt.day
df["month"] = df["date"].dt.month
df["payday"] = ((df["dom"] == 15) | df["date"].dt.is_month_end).astype(int)

# --------------------------------------------------------- lag features
df = df.sort_values(["store_nbr", "family", "date"]).reset_index(drop=True)
df["log_sales"] = np.log1p(df["sales"])
g = df.groupby(["store_nbr", "family"])["log_sales"]
for lag in [1, 7, 14, 28]:
    df[f"lag_{lag}"] = g.shift(lag)
for w in [7, 28]:
    df[f"rmean_{w}"] = g.transform(lambda s: s.shift(1).rolling(w).mean())
df["promo_lag_1"] = df.groupby(["store_nbr", "family"])["onpromotion"].shift(1)

df = df.dropna(subset=["lag_28", "rmean_28"]).reset_index(drop=True)

for c in ["family", "city", "state", "type"]:
    df[c] = df[c].astype("category")

features = ["store_nbr", "family", "onpromotion", "promo_lag_1", "city", "state", "type",
            "cluster", "dcoilwtico", "is_holiday", "dow", "dom", "month", "payday"] + \
           [c for c in df.columns if c.startswith(("lag_", "rmean_"))]
print(len(features), "features")

X = df[features]
y = df["log_sales"]
del train
gc.collect()

# ---------------------------------------------------------------- model
params = {
    "objective": "regression",
    "learning_rate": 0.05,
    "num_leaves": 255,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}

kf = KFold(n_splits=5, shuffle=True, random_state=0)
oof = np.zeros(len(df))
scores = []
for fold, (tr, va) in enumerate(kf.split(X)):
    dtr = lgb.Dataset(X.iloc[tr], y.iloc[tr])
    dva = lgb.Dataset(X.iloc[va], y.iloc[va])
    booster = lgb.train(params, dtr, num_boost_round=800, valid_sets=[dva],
                        callbacks=[lgb.log_evaluation(200)])
    oof[va] = booster.predict(X.iloc[va])
    s = np.sqrt(mean_squared_log_error(np.expm1(y.iloc[va]), np.clip(np.expm1(oof[va]), 0, None)))
    scores.append(s)
    print(f"fold {fold}: RMSLE {s:.4f}")

print("CV RMSLE: %.4f +- %.4f" % (np.mean(scores), np.std(scores)))

imp = pd.Series(booster.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(15))
