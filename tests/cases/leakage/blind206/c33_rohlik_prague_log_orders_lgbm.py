# Rohlik Orders Forecasting Challenge - Prague_1 warehouse
# LightGBM on log1p(orders) with calendar, holiday and long-lag features.
# Walk-forward validation with TimeSeriesSplit; metric MAPE.

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import mean_absolute_percentage_error
from sklearn.model_selection import TimeSeriesSplit

DIR = "/kaggle/input/rohlik-orders-forecasting-challenge"
WAREHOUSE = "Prague_1"

train = pd.read_csv(f"{DIR}/train.csv", parse_dates=["date"])
test = pd.read_csv(f"{DIR}/test.csv", parse_dates=["date"])
print(train.shape, test.shape)
print("train-only columns:", sorted(set(train.columns) - set(test.columns)))

train = train[test.columns.tolist() + ["orders"]]
df = pd.concat([train, test], ignore_index=True)
df = df[df["warehouse"] == WAREHOUSE].sort_values("date").reset_index(drop=True)
print(df["date"].min().date(), "->", df["date"].max().date(), len(df))

ax = df.set_index("date")["orders"].plot(figsize=(14, 4))
ax.set_title(f"{WAREHOUSE} daily orders")
plt.savefig("orders.png")

df["year"] = df["date"].dt.year
df["month"] = df["date"].dt.month
df["day"] = df["date"].dt.day
df["dow"] = df["date"].dt.dayofweek
df["doy"] = df["date"].dt.dayofyear
df["week"] = df["date"].dt.isocalendar().week.astype(int)
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df["month_end"] = df["date"].dt.is_month_end.astype(int)
df["t"] = (df["date"] - df["date"].min()).dt.days
df["holiday_name"] = df["holiday_name"].fillna("none")
df["holiday_prev"] = df["holiday"].shift(1).fillna(0)
df["is_christmas_week"] = ((df["month"] == 12) & (df["day"].between(20, 27))).astype(int)

for lag in (61, 91, 182, 364):
    df[f"orders_lag{lag}"] = df["orders"].shift(lag)
df["orders_roll28_lag61"] = df["orders"].shift(61).rolling(28, min_periods=7).mean()
df["orders_roll7_lag61"] = df["orders"].shift(61).rolling(7, min_periods=3).mean()

df["orders_log"] = np.log1p(df["orders"])
TARGET = "orders_log"
FEATURES = [c for c in df.columns if c not in ["id", "date", "warehouse", "holiday_name", TARGET]]
print(FEATURES)

hist = df[df["orders"].notna()].reset_index(drop=True)
fut = df[df["orders"].isna()].reset_index(drop=True)

params = dict(n_estimators=1200, learning_rate=0.02, num_leaves=31, max_depth=6,
              min_child_samples=10, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.7, reg_lambda=1.0, random_state=0, verbose=-1)

tscv = TimeSeriesSplit(n_splits=5, test_size=61)
scores = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(hist)):
    tr, va = hist.iloc[tr_idx], hist.iloc[va_idx]
    model = lgb.LGBMRegressor(**params)
    model.fit(tr[FEATURES], tr[TARGET])
    pred = np.expm1(model.predict(va[FEATURES]))
    mape = mean_absolute_percentage_error(va["orders"], pred)
    scores.append(mape)
    print(f"fold {fold}: {va['date'].min().date()} -> {va['date'].max().date()}  MAPE {mape:.4f}")

print(f"mean MAPE: {np.mean(scores):.4f}")

model = lgb.LGBMRegressor(**params).fit(hist[FEATURES], hist[TARGET])
imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

fut["orders_pred"] = np.expm1(model.predict(fut[FEATURES]))
fut[["id", "orders_pred"]].rename(columns={"orders_pred": "ORDERS"}).to_csv(
    f"submission_{WAREHOUSE}.csv", index=False)
