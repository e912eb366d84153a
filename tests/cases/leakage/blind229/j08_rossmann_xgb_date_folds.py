#!/usr/bin/env python
# Rossmann Store Sales -- xgboost vs simpler regressors.
# Validation mimics the competition: train on the past, predict the next 6 weeks.
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import TimeSeriesSplit

INPUT = "../input/rossmann-store-sales/"
HORIZON_DAYS = 42

train = pd.read_csv(INPUT + "train.csv", parse_dates=["Date"], low_memory=False)
store = pd.read_csv(INPUT + "store.csv")
train = train[(train.Open == 1) & (train.Sales > 0)]
train = train.merge(store, on="Store", how="left")
train = train.sort_values(["Date", "Store"]).reset_index(drop=True)


def rmspe(y, yhat):
    return np.sqrt(np.mean(((y - yhat) / y) ** 2))


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
    df["CompetitionOpen"] = (12 * (df.Year - df.CompetitionOpenSinceYear)
                             + (df.Month - df.CompetitionOpenSinceMonth)).clip(lower=0).fillna(0)
    df["PromoOpen"] = (12 * (df.Year - df.Promo2SinceYear)
                       + (df.WeekOfYear - df.Promo2SinceWeek) / 4.0).clip(lower=0).fillna(0)
    # sales of the same store six weeks back and earlier: known when the forecast is made
    g = df.groupby("Store")["Sales"]
    df["Sales_lag_42"] = g.shift(HORIZON_DAYS)
    df["Sales_lag_49"] = g.shift(HORIZON_DAYS + 7)
    df["Sales_rmean_28_lag42"] = g.transform(lambda s: s.shift(HORIZON_DAYS).rolling(28, min_periods=7).mean())
    return df


train = build(train).dropna(subset=["Sales_lag_49", "Sales_rmean_28_lag42"])

features = [
    "Store", "DayOfWeek", "Promo", "StateHoliday", "SchoolHoliday", "StoreType", "Assortment",
    "CompetitionDistance", "CompetitionOpen", "Promo2", "PromoOpen",
    "Year", "Month", "Day", "WeekOfYear", "Sales_lag_42", "Sales_lag_49", "Sales_rmean_28_lag42",
]

# final holdout: the last six weeks
last_day = train.Date.max()
holdout_start = last_day - pd.Timedelta(days=HORIZON_DAYS - 1)
dev = train[train.Date < holdout_start]
hold = train[train.Date >= holdout_start]
print("dev  :", dev.Date.min().date(), dev.Date.max().date(), len(dev))
print("hold :", hold.Date.min().date(), hold.Date.max().date(), len(hold))

# folds on calendar days, so one day's stores are never split across train/valid
days = np.sort(dev.Date.unique())
tss = TimeSeriesSplit(n_splits=4, test_size=HORIZON_DAYS)


def make_models():
    return {
        "dummy_mean": DummyRegressor(strategy="mean"),
        "rf": RandomForestRegressor(n_estimators=100, max_depth=18, min_samples_leaf=3, n_jobs=-1, random_state=0),
        "xgb": xgb.XGBRegressor(n_estimators=600, max_depth=10, learning_rate=0.05, subsample=0.9,
                                colsample_bytree=0.7, tree_method="hist", random_state=0),
    }


fold_scores = {name: [] for name in make_models()}
for k, (tr_days_idx, va_days_idx) in enumerate(tss.split(days)):
    tr_days, va_days = days[tr_days_idx], days[va_days_idx]
    tr = dev[dev.Date.isin(tr_days)]
    va = dev[dev.Date.isin(va_days)]
    for name, model in make_models().items():
        model.fit(tr[features], np.log1p(tr.Sales))
        p = np.expm1(model.predict(va[features]))
        fold_scores[name].append(rmspe(va.Sales.values, p))
    print(f"fold {k}: valid {pd.Timestamp(va_days[0]).date()} -> {pd.Timestamp(va_days[-1]).date()}",
          {n: round(s[-1], 4) for n, s in fold_scores.items()})

cv_table = pd.DataFrame({n: [np.mean(s), np.std(s)] for n, s in fold_scores.items()}, index=["mean", "std"]).T
print(cv_table.sort_values("mean"))
best_name = cv_table["mean"].idxmin()

# refit the chosen model on all dev days and score the untouched last six weeks once
final = make_models()[best_name]
final.fit(dev[features], np.log1p(dev.Sales))
hold_pred = np.expm1(final.predict(hold[features]))
base = make_models()["dummy_mean"].fit(dev[features], np.log1p(dev.Sales))
print(f"holdout RMSPE {best_name}: {rmspe(hold.Sales.values, hold_pred):.4f}")
print(f"holdout RMSPE baseline: {rmspe(hold.Sales.values, np.expm1(base.predict(hold[features]))):.4f}")
