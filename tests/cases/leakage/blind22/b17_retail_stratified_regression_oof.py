"""Basket value regression: stratify folds on target deciles, 3-seed LightGBM average."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import StratifiedKFold

TARGET = "basket_value"
SEEDS = [0, 1, 2]
N_FOLDS = 5

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

for df in (train, test):
    df["items_per_visit_min"] = df["n_items"] / df["visit_minutes"].clip(lower=1)
    df["share_fresh"] = df["n_fresh_items"] / df["n_items"].clip(lower=1)
    df["is_weekend"] = df["weekday"].isin([5, 6]).astype(int)
    df["loyalty_member"] = df["loyalty_tier"].notna().astype(int)
    df["log_distance"] = np.log1p(df["distance_to_store_km"])
df_dummies = pd.get_dummies(pd.concat([train, test], keys=["tr", "te"]), columns=["channel", "payment"], dtype=np.uint8)
train, test = df_dummies.loc["tr"].copy(), df_dummies.loc["te"].copy()

y = np.log1p(train[TARGET].values)
train["y_bin"] = pd.qcut(train[TARGET], q=10, labels=False, duplicates="drop")

FEATURES = [c for c in train.columns if c not in ("id", TARGET, "y_bin", "loyalty_tier")]
X, X_test = train[FEATURES], test[FEATURES]

params = dict(objective="regression", learning_rate=0.03, num_leaves=63, min_data_in_leaf=40,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, verbose=-1)

oof = np.zeros(len(X))
oof_mean = np.zeros(len(X))
pred = np.zeros(len(X_test))
for seed in SEEDS:
    skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=seed)
    for tr, va in skf.split(X, train["y_bin"]):
        p = dict(params, seed=seed)
        booster = lgb.train(p, lgb.Dataset(X.iloc[tr], y[tr]), 3000,
                            valid_sets=[lgb.Dataset(X.iloc[va], y[va])],
                            callbacks=[lgb.early_stopping(100, verbose=False)])
        oof[va] += booster.predict(X.iloc[va], num_iteration=booster.best_iteration) / len(SEEDS)
        oof_mean[va] += y[tr].mean() / len(SEEDS)
        pred += booster.predict(X_test, num_iteration=booster.best_iteration) / (len(SEEDS) * N_FOLDS)

rmsle = mean_squared_error(y, oof) ** 0.5
rmsle_mean = mean_squared_error(y, oof_mean) ** 0.5
print(f"mean-of-train baseline RMSLE {rmsle_mean:.4f}")
print(f"lgbm ({len(SEEDS)} seeds) RMSLE       {rmsle:.4f}   R2 {r2_score(y, oof):.4f}")

pd.DataFrame({"id": test["id"], "prediction": np.expm1(pred)}).to_csv("predictions.csv", index=False)
