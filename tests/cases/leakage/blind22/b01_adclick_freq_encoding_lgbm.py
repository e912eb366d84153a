"""CTR prediction: count features + LightGBM, 5-fold stratified OOF."""
import gc

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, log_loss

SEED = 2024
N_FOLDS = 5
TARGET = "click"
CAT_COLS = [
    "site_category",
    "app_category",
    "device_model",
    "device_conn_type",
    "banner_pos",
    "ad_format",
]
PAIRS = [("site_category", "app_category"), ("device_model", "banner_pos")]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(f"train {train.shape}  test {test.shape}")

y = train[TARGET].values
n_train = len(train)

full = pd.concat([train.drop(columns=[TARGET]), test], axis=0, ignore_index=True)

for a, b in PAIRS:
    full[f"{a}__{b}"] = full[a].astype(str) + "_" + full[b].astype(str)

count_cols = CAT_COLS + [f"{a}__{b}" for a, b in PAIRS]
for col in count_cols:
    vc = full[col].value_counts(dropna=False)
    full[f"{col}_cnt"] = full[col].map(vc).astype("float32")
    full[f"{col}_cnt_rank"] = full[f"{col}_cnt"].rank(pct=True)

for col in count_cols:
    full[col] = full[col].astype("category").cat.codes.astype("int32")

full["hour_sin"] = np.sin(2 * np.pi * full["hour_of_day"] / 24)
full["hour_cos"] = np.cos(2 * np.pi * full["hour_of_day"] / 24)

feats = [c for c in full.columns if c not in ("id",)]
X = full.iloc[:n_train][feats].reset_index(drop=True)
X_test = full.iloc[n_train:][feats].reset_index(drop=True)
del full
gc.collect()

params = {
    "objective": "binary",
    "metric": "binary_logloss",
    "learning_rate": 0.05,
    "num_leaves": 127,
    "min_data_in_leaf": 200,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 5.0,
    "seed": SEED,
    "verbose": -1,
}

oof = np.zeros(n_train)
test_pred = np.zeros(len(X_test))
skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=SEED)

for fold, (trn_idx, val_idx) in enumerate(skf.split(X, y)):
    dtrn = lgb.Dataset(X.iloc[trn_idx], y[trn_idx], categorical_feature=count_cols)
    dval = lgb.Dataset(X.iloc[val_idx], y[val_idx], categorical_feature=count_cols)
    booster = lgb.train(
        params,
        dtrn,
        num_boost_round=5000,
        valid_sets=[dval],
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
    )
    oof[val_idx] = booster.predict(X.iloc[val_idx], num_iteration=booster.best_iteration)
    test_pred += booster.predict(X_test, num_iteration=booster.best_iteration) / N_FOLDS
    print(
        f"fold {fold}: auc={roc_auc_score(y[val_idx], oof[val_idx]):.5f} "
        f"logloss={log_loss(y[val_idx], oof[val_idx]):.5f} iters={booster.best_iteration}"
    )
    del dtrn, dval, booster
    gc.collect()

print(f"OOF AUC     {roc_auc_score(y, oof):.5f}")
print(f"OOF logloss {log_loss(y, oof):.5f}")

sub = pd.DataFrame({"id": test["id"], "prediction": test_pred})
sub.to_csv("predictions.csv", index=False)
