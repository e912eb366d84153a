# QQQ: probability that the 5-day forward return is positive
# LightGBM on price/volume indicators, chronological split.

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import roc_auc_score, accuracy_score, log_loss

HORIZON = 5
SPLIT_DATE = pd.Timestamp("2022-06-30")

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.01,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "seed": 2024,
}


def true_range(d):
    prev = d["close"].shift(1)
    return pd.concat([d["high"] - d["low"], (d["high"] - prev).abs(), (d["low"] - prev).abs()], axis=1).max(axis=1)


def indicators(d):
    x = pd.DataFrame(index=d.index)
    c = d["close"]
    x["ret1"] = c.pct_change()
    for n in (2, 5, 10, 21, 63):
        x[f"mom_{n}"] = c.pct_change(n)
    for n in (10, 21, 50, 200):
        x[f"sma_gap_{n}"] = c / c.rolling(n).mean() - 1
    x["atr14"] = true_range(d).rolling(14).mean() / c
    x["rvol21"] = x["ret1"].rolling(21).std() * np.sqrt(252)
    bb_mid = c.rolling(20).mean()
    bb_sd = c.rolling(20).std()
    x["bb_pos"] = (c - bb_mid) / (2 * bb_sd)
    x["vol_ratio"] = d["volume"] / d["volume"].rolling(21).mean()
    x["obv_slope"] = (np.sign(x["ret1"]) * d["volume"]).cumsum().diff(10) / d["volume"].rolling(10).sum()
    x["month"] = d.index.month
    return x


px = pd.read_csv("QQQ_daily.csv", parse_dates=["date"]).sort_values("date").set_index("date")
px = px[["open", "high", "low", "close", "volume"]]

X_all = indicators(px)
fwd = px["close"].shift(-HORIZON) / px["close"] - 1
X_all["label"] = (fwd > 0).astype(int)
X_all = X_all.iloc[:-HORIZON].dropna()

feature_names = [c for c in X_all.columns if c != "label"]
is_train = X_all.index <= SPLIT_DATE
# leave a 5-day gap so the last training labels don't overlap the test window
gap_mask = (X_all.index > SPLIT_DATE) & (X_all.index <= SPLIT_DATE + pd.tseries.offsets.BDay(HORIZON))
train = X_all[is_train]
test = X_all[~is_train & ~gap_mask]
print("train", train.shape, "test", test.shape)

dtrain = lgb.Dataset(train[feature_names], label=train["label"])
dtest = lgb.Dataset(test[feature_names], label=test["label"], reference=dtrain)

booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
print("best iteration:", booster.best_iteration)

p_test = booster.predict(test[feature_names], num_iteration=booster.best_iteration)
print(f"test AUC      {roc_auc_score(test['label'], p_test):.4f}")
print(f"test accuracy {accuracy_score(test['label'], (p_test > 0.5).astype(int)):.4f}")
print(f"test logloss  {log_loss(test['label'], p_test):.4f}")

lgb.plot_importance(booster, importance_type="gain", max_num_features=15, figsize=(7, 6))
plt.tight_layout()
plt.savefig("qqq_importance.png")
