import numpy as np
import pandas as pd
import lightgbm as lgb

# ------------------------------------------------------------------
# config
# ------------------------------------------------------------------
HORIZON = 8
LAGS = [8, 9, 10, 11, 12, 26, 52]
SEED = 2024

params = {
    "objective": "tweedie",
    "tweedie_variance_power": 1.2,
    "metric": "rmse",
    "learning_rate": 0.03,
    "num_leaves": 127,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "seed": SEED,
    "verbose": -1,
}


def load():
    d = pd.read_csv("train.csv", parse_dates=["week_start"])
    d = d.sort_values(["store_id", "item_id", "week_start"]).reset_index(drop=True)
    return d


def make_features(d):
    g = d.groupby(["store_id", "item_id"])["units_sold"]
    for k in LAGS:
        d[f"lag_{k}"] = g.shift(k)
    for w in (4, 8, 26):
        d[f"roll_mean_{w}"] = g.transform(lambda s, w=w: s.shift(HORIZON).rolling(w).mean())
    d["roll_std_8"] = g.transform(lambda s: s.shift(HORIZON).rolling(8).std())
    d["price_ratio"] = d["price"] / d["base_price"]
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["promo_x_display"] = d["promo_flag"] * d["display_flag"]
    for c in ["store_id", "item_id", "category", "store_type"]:
        d[c] = d[c].astype("category")
    return d


df = make_features(load())
df = df[df["lag_52"].notna()]

FEATS = [c for c in df.columns if c.startswith(("lag_", "roll_"))] + [
    "store_id", "item_id", "category", "store_type", "store_size_sqft", "price", "price_ratio",
    "promo_flag", "display_flag", "promo_x_display", "holiday_week", "temp_avg_c", "woy",
]

weeks = np.sort(df["week_start"].unique())
test_start = weeks[-HORIZON]
train_df = df[df["week_start"] < test_start]
test_df = df[df["week_start"] >= test_start]
print("train", train_df.shape, "test", test_df.shape)

dtrain = lgb.Dataset(train_df[FEATS], train_df["units_sold"])
dtest = lgb.Dataset(test_df[FEATS], test_df["units_sold"], reference=dtrain)

booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration", booster.best_iteration)

pred = np.clip(booster.predict(test_df[FEATS], num_iteration=booster.best_iteration), 0, None)
y = test_df["units_sold"].values
rmse = np.sqrt(np.mean((y - pred) ** 2))
wape = np.abs(y - pred).sum() / y.sum()

base = test_df["roll_mean_8"].fillna(test_df["lag_8"]).values
b_rmse = np.sqrt(np.mean((y - base) ** 2))
b_wape = np.abs(y - base).sum() / y.sum()

print(f"LGBM      test RMSE {rmse:.3f}  WAPE {wape:.3%}")
print(f"baseline  test RMSE {b_rmse:.3f}  WAPE {b_wape:.3%}   (8-wk moving average, lagged)")
