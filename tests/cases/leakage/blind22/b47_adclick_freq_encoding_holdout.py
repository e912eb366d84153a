"""CTR: count encodings from the dev rows plus the unlabelled test rows, holdout kept aside."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "click"
CAT_COLS = ["site_category", "app_category", "device_model", "device_conn_type", "banner_pos", "ad_format"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

dev, hold = train_test_split(train, test_size=0.2, stratify=train[TARGET], random_state=SEED)
fit_part, stop_part = train_test_split(dev, test_size=0.1, stratify=dev[TARGET], random_state=SEED)

reference = pd.concat([dev.drop(columns=[TARGET]), test], ignore_index=True)
count_maps = {c: reference[c].value_counts() for c in CAT_COLS}
category_sets = {c: pd.Index(reference[c].dropna().unique()) for c in CAT_COLS}


def encode(frame):
    out = pd.DataFrame(index=frame.index)
    for c in CAT_COLS:
        out[f"{c}_cnt"] = frame[c].map(count_maps[c]).fillna(0).astype("float32")
        out[f"{c}_code"] = pd.Categorical(frame[c], categories=category_sets[c]).codes
    out["hour_of_day"] = frame["hour_of_day"]
    out["hour_sin"] = np.sin(2 * np.pi * frame["hour_of_day"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * frame["hour_of_day"] / 24)
    return out


X_fit, X_stop, X_hold, X_test = (encode(f) for f in (fit_part, stop_part, hold, test))
y_fit, y_stop, y_hold = fit_part[TARGET].values, stop_part[TARGET].values, hold[TARGET].values
code_cols = [f"{c}_code" for c in CAT_COLS]

params = {
    "objective": "binary",
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
booster = lgb.train(
    params,
    lgb.Dataset(X_fit, y_fit, categorical_feature=code_cols),
    num_boost_round=5000,
    valid_sets=[lgb.Dataset(X_stop, y_stop, categorical_feature=code_cols)],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)],
)

p_hold = booster.predict(X_hold, num_iteration=booster.best_iteration)
p_prior = np.full(len(y_hold), dev[TARGET].mean())
print(f"baseline (dev CTR)  logloss {log_loss(y_hold, p_prior):.5f}")
print(f"lightgbm            logloss {log_loss(y_hold, p_hold):.5f}  AUC {roc_auc_score(y_hold, p_hold):.5f}")

pd.DataFrame({"id": test["id"], "prediction": booster.predict(X_test, num_iteration=booster.best_iteration)}).to_csv(
    "predictions.csv", index=False
)
