"""
Tabular Playground Series - Feb 2021 (regression, RMSE)

Pairwise products/ratios of the continuous columns, pruned by LightGBM gain.
The pruning is part of the model: each fold runs its own probe on its own
training rows, so the OOF score includes the cost of choosing features.
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

params = {
    "objective": "regression", "metric": "rmse", "learning_rate": 0.02, "num_leaves": 63,
    "min_child_samples": 100, "feature_fraction": 0.3, "bagging_fraction": 0.8, "bagging_freq": 1,
    "lambda_l1": 1.0, "lambda_l2": 5.0, "verbose": -1, "seed": SEED,
}


def prune(X, y, share=0.95, rounds=800):
    probe = lgb.train(params, lgb.Dataset(X, y, categorical_feature=cats), num_boost_round=rounds)
    gain = pd.Series(probe.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
    cum = (gain / gain.sum()).cumsum()
    return sorted(set(cum[cum <= share].index) | set(cats))


def fit_predict(X_tr, y_tr, X_list):
    feats = prune(X_tr, y_tr)
    booster = lgb.train(params, lgb.Dataset(X_tr[feats], y_tr, categorical_feature=cats), num_boost_round=2500)
    return feats, [booster.predict(X[feats]) for X in X_list]


kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
n_kept = []

for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    X_tr, y_tr = train.iloc[tr_idx][all_feats], train.iloc[tr_idx]["target"]
    X_va, y_va = train.iloc[va_idx][all_feats], train.iloc[va_idx]["target"]

    feats, (p_va,) = fit_predict(X_tr, y_tr, [X_va])
    oof[va_idx] = p_va
    n_kept.append(len(feats))
    oof_dummy[va_idx] = DummyRegressor(strategy="mean").fit(X_tr, y_tr).predict(X_va)

    print(f"fold {fold}: kept {len(feats)} feats, rmse {mean_squared_error(y_va, p_va, squared=False):.5f}")

print("features kept per fold:", n_kept)
print("OOF RMSE lgbm :", round(mean_squared_error(train.target, oof, squared=False), 5))
print("OOF RMSE dummy:", round(mean_squared_error(train.target, oof_dummy, squared=False), 5))

# submission: same recipe on the whole training set
final_feats, (test_pred,) = fit_predict(train[all_feats], train["target"], [test[all_feats]])
print("final model uses", len(final_feats), "features")
pd.DataFrame({"id": test.id, "target": test_pred}).to_csv("submission.csv", index=False)
