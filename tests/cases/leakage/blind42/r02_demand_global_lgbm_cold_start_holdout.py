"""Demand take-home: daily units per store x item, 28 days ahead.

One global LightGBM over every store-item series, lag features no shorter
than the horizon. Holdout = the last 28 days of store-items that the model
never saw in training (new listings are the hard case for the planners).
"""

import numpy as np
import pandas as pd
import lightgbm as lgb

TARGET = "units_sold"
HORIZON = 28  # forecast the next 28 days for every store x item

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["store_item_id", "date"]).reset_index(drop=True)

# calendar features (row-wise)
df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["dom"] = df["date"].dt.day

# lags at or beyond the 28-day horizon, per series
g = df.groupby("store_item_id")[TARGET]
for lag in (28, 35, 42, 364):
    df[f"lag_{lag}"] = g.shift(lag)
df["rmean_28_7"] = g.transform(lambda s: s.shift(28).rolling(7).mean())
df["rmean_28_28"] = g.transform(lambda s: s.shift(28).rolling(28).mean())

FEATURES = [
    "store_id", "item_id", "dow", "month", "dom", "sell_price", "on_promo",
    "is_holiday", "lag_28", "lag_35", "lag_42", "lag_364",
    "rmean_28_7", "rmean_28_28",
]

cutoff = df["date"].max() - pd.Timedelta(days=HORIZON - 1)
rng = np.random.default_rng(42)
series = df["store_item_id"].unique()
holdout_series = rng.choice(series, size=len(series) // 5, replace=False)

train = df[(df["date"] < cutoff) & ~df["store_item_id"].isin(holdout_series)]
train = train.dropna(subset=["lag_28", "rmean_28_28"])
test = df[df["date"] >= cutoff]
# drop from the evaluation side every series that appears in training
test = test[~test["store_item_id"].isin(train["store_item_id"].unique())]
print(f"train rows {len(train)}, holdout rows {len(test)}, cutoff {cutoff.date()}")

model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                          objective="tweedie", random_state=0)
model.fit(train[FEATURES], train[TARGET], categorical_feature=["store_id", "item_id"])
pred = np.clip(model.predict(test[FEATURES]), 0, None)


def wape(y, yhat):
    return np.abs(np.asarray(y) - np.asarray(yhat)).sum() / np.abs(np.asarray(y)).sum()


baseline = test["lag_28"].fillna(0)  # seasonal-naive baseline: same weekday four weeks earlier
print(f"seasonal-naive baseline WAPE: {wape(test[TARGET], baseline):.3f}")
print(f"LightGBM WAPE:                {wape(test[TARGET], pred):.3f}")
print(f"LightGBM MAE:                 {np.mean(np.abs(test[TARGET] - pred)):.3f}")
