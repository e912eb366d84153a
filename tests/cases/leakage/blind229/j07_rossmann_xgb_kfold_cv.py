#!/usr/bin/env python
# Rossmann Store Sales -- xgboost vs a couple of simpler regressors, 5-fold CV on RMSPE.
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_score
from sklearn.metrics import make_scorer

INPUT = "../input/rossmann-store-sales/"

train = pd.read_csv(INPUT + "train.csv", parse_dates=["Date"], low_memory=False)
store = pd.read_csv(INPUT + "store.csv")

# closed days and zero-sales days are not scored
train = train[(train.Open == 1) & (train.Sales > 0)]
train = train.merge(store, on="Store", how="left")
train = train.sort_values(["Date", "Store"]).reset_index(drop=True)
print(train.shape, train.Date.min(), train.Date.max())


def rmspe(y, yhat):
    return np.sqrt(np.mean(((y - yhat) / y) ** 2))


def rmspe_log(y_log, yhat_log):
    return rmspe(np.expm1(y_log), np.expm1(yhat_log))


rmspe_scorer = make_scorer(rmspe_log, greater_is_better=False)


def build(df):
    df = df.copy()
    df["Year"] = df.Date.dt.year
    df["Month"] = df.Date.dt.month
    df["Day"] = df.Date.dt.day
    df["WeekOfYear"] = df.Date.dt.isocalendar().week.astype(int)
    df["DayOfWeek"] = df.Date.dt.dayofweek

    df["StoreType"] = df["StoreType"].astype("category").cat.codes
    df["Assortment"] = df["Assortment"].astype("category").cat.codes
    df["StateHoliday"] = df["StateHoliday"].astype(str).map({"0": 0, "a": 1, "b": 2, "c": 3}).fillna(0)

    df["CompetitionDistance"] = df["CompetitionDistance"].fillna(100000)
    df["CompetitionOpen"] = 12 * (df.Year - df.CompetitionOpenSinceYear) + (df.Month - df.CompetitionOpenSinceMonth)
    df["CompetitionOpen"] = df["CompetitionOpen"].clip(lower=0).fillna(0)
    df["PromoOpen"] = 12 * (df.Year - df.Promo2SinceYear) + (df.WeekOfYear - df.Promo2SinceWeek) / 4.0
    df["PromoOpen"] = df["PromoOpen"].clip(lower=0).fillna(0)

    # last week's sales of the same store
    g = df.groupby("Store")["Sales"]
    df["Sales_lag_1"] = g.shift(1)
    df["Sales_lag_7"] = g.shift(7)
    df["Sales_rmean_7"] = g.transform(lambda s: s.shift(1).rolling(7, min_periods=3).mean())
    return df


train = build(train)
train = train.dropna(subset=["Sales_lag_7", "Sales_rmean_7"])

features = [
    "Store", "DayOfWeek", "Promo", "StateHoliday", "SchoolHoliday", "StoreType", "Assortment",
    "CompetitionDistance", "CompetitionOpen", "Promo2", "PromoOpen",
    "Year", "Month", "Day", "WeekOfYear", "Sales_lag_1", "Sales_lag_7", "Sales_rmean_7",
]
X = train[features]
y = np.log1p(train["Sales"])

# a 300k row sample keeps the CV loop under a few minutes
sample = train.sample(300_000, random_state=1).index
X_s, y_s = X.loc[sample], y.loc[sample]

cv = KFold(n_splits=5, shuffle=True, random_state=42)

models = {
    "dummy_mean": DummyRegressor(strategy="mean"),
    "rf": RandomForestRegressor(n_estimators=100, max_depth=18, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "xgb": xgb.XGBRegressor(
        n_estimators=600, max_depth=10, learning_rate=0.05, subsample=0.9,
        colsample_bytree=0.7, tree_method="hist", random_state=0,
    ),
}

summary = []
for name, model in models.items():
    scores = -cross_val_score(model, X_s, y_s, cv=cv, scoring=rmspe_scorer, n_jobs=1)
    summary.append((name, scores.mean(), scores.std()))
    print(f"{name:12s} RMSPE {scores.mean():.4f} (+/- {scores.std():.4f})")

summary = pd.DataFrame(summary, columns=["model", "rmspe", "std"]).sort_values("rmspe")
print(summary.to_string(index=False))

# fit the winner on everything for the submission
best = models[summary.iloc[0]["model"]]
best.fit(X, y)
print("fitted", summary.iloc[0]["model"], "on", X.shape)
