"""
Tabular Playground Series - Feb 2021 (regression, RMSE)

cat0-cat9 + cont0-cont13. Generate pairwise products/ratios of the continuous
columns, prune everything LightGBM does not use much, then 5-fold OOF.
"""
from itertools import combinations

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold

PATH = "../input/tabular-playground-series-feb-2021/"
SEED = 0

train = pd.read_csv(PATH + "train.csv")
test = pd.read_csv(PATH + "test.csv")
cats = [f"cat{i}" for i in range(10)]
conts = [f"cont{i}" for i in range(14)]

for c in cats:
    codes = {v: i for i, v in enumerate(sorted(set(train[c]) | set(test[c])))}
    train[c] = train[c].map(codes)
    test[c] = test[c].map(codes)


def pairwise(df):
    new = {}
    for a, b in combinations(conts, 2):
        new[f"{a}_x_{b}"] = df[a] * df[b]
        new[f"{a}_div_{b}"] = df[a] / (df[b] + 1e-3)
        new[f"{a}_minus_{b}"] = df[a] - df[b]
    return pd.concat([df, pd.DataFrame(new, index=df.index)], axis=1)


train = pairwise(train)
test = pairwise(test)
all_feats = [c for c in train.columns if c not in ("id", "target")]
print("candidate features:", len(all_feats))

params = {
    "objective": "regression",
    "metric": "rmse",
    "learning_rate": 0.02,
    "num_leaves": 63,
    "min_child_samples": 100,
    "feature_fraction": 0.3,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l1": 1.0,
    "lambda_l2": 5.0,
    "verbose": -1,
    "seed": SEED,
}

# ---- pruning: one quick model on the training data, keep the top features by gain ----
probe = lgb.train(params, lgb.Dataset(train[all_feats], train["target"], categorical_feature=cats), num_boost_round=800)
gain = pd.Series(probe.feature_importance("gain"), index=all_feats).sort_values(ascending=False)
gain_share = gain / gain.sum()
keep = gain_share[gain_share.cumsum() <= 0.95].index.tolist()
keep = sorted(set(keep) | set(cats))
print(f"kept {len(keep)} / {len(all_feats)} features")
print(gain.head(20))

# ---- 5-fold OOF on the pruned set ----
kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
test_pred = np.zeros(len(test))

for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    X_tr, y_tr = train.iloc[tr_idx][keep], train.iloc[tr_idx]["target"]
    X_va, y_va = train.iloc[va_idx][keep], train.iloc[va_idx]["target"]

    booster = lgb.train(
        params,
        lgb.Dataset(X_tr, y_tr, categorical_feature=cats),
        num_boost_round=2500,
    )
    oof[va_idx] = booster.predict(X_va)
    test_pred += booster.predict(test[keep]) / kf.get_n_splits()

    dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    oof_dummy[va_idx] = dummy.predict(X_va)

    print(f"fold {fold}: rmse {mean_squared_error(y_va, oof[va_idx], squared=False):.5f}"
          f"  (mean predictor {mean_squared_error(y_va, oof_dummy[va_idx], squared=False):.5f})")

print("OOF RMSE lgbm :", round(mean_squared_error(train.target, oof, squared=False), 5))
print("OOF RMSE dummy:", round(mean_squared_error(train.target, oof_dummy, squared=False), 5))

pd.DataFrame({"id": test.id, "target": test_pred}).to_csv("submission.csv", index=False)
