"""Demand take-home: 28-day daily forecast per store x item.

Quick EDA first (including the post-period columns we will NOT use), then a
global LightGBM with expanding/rolling history features that only look at
rows at least 28 days old. Holdout: store-items unseen in training, after
the cutoff.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb

TARGET = "units_sold"
HORIZON = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["store_item_id", "date"]).reset_index(drop=True)

# --- EDA: the settled post-period columns (context only, never model inputs)
print(df[["units_returned_final", "promo_redemptions_final"]].describe().round(2))
print(df[["units_returned_final", "promo_redemptions_final"]].isna().mean())
df = df.drop(columns=["units_returned_final", "promo_redemptions_final"])

# --- features
df["sell_price"] = df.groupby("store_item_id")["sell_price"].ffill()
df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
g = df.groupby("store_item_id")[TARGET]
df["lag_28"] = g.shift(28)
df["lag_364"] = g.shift(364)
df["exp_mean_28"] = g.transform(lambda s: s.shift(28).expanding().mean())
df["rstd_28_28"] = g.transform(lambda s: s.shift(28).rolling(28).std())
df["promo_share_28"] = df.groupby("store_item_id")["on_promo"].transform(
    lambda s: s.shift(1).rolling(28, min_periods=1).mean())
FEATURES = ["store_id", "item_id", "dow", "month", "sell_price", "on_promo", "is_holiday",
            "lag_28", "lag_364", "exp_mean_28", "rstd_28_28", "promo_share_28"]

# --- split on time, then evaluate only on series never seen in training
cutoff = df["date"].max() - pd.Timedelta(days=HORIZON - 1)
unseen = df["store_item_id"].drop_duplicates().sample(frac=0.2, random_state=11)
train = df[(df["date"] < cutoff) & ~df["store_item_id"].isin(unseen)].dropna(subset=["lag_28"])
test = df[df["date"] >= cutoff]
test = test[~test["store_item_id"].isin(train["store_item_id"].unique())]

model = lgb.LGBMRegressor(n_estimators=500, learning_rate=0.05, objective="poisson", random_state=0)
model.fit(train[FEATURES], train[TARGET])

fit_mae = np.mean(np.abs(train[TARGET] - model.predict(train[FEATURES])))
pred = model.predict(test[FEATURES])
hold_mae = np.mean(np.abs(test[TARGET] - pred))
baseline_mae = np.mean(np.abs(test[TARGET] - test["lag_28"].fillna(0)))
print(f"train (in-sample) MAE {fit_mae:.3f}  -- for reference only")
print(f"holdout MAE {hold_mae:.3f} vs seasonal-naive baseline MAE {baseline_mae:.3f}")
