# LightGBM for churn-snapshots, early stopping to pick the number of rounds
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
EXCLUDE = {TARGET, ID, TIME, GROUP, *task["leaky_columns"]}


def add_features(frame):
    return (
        frame.sort_values([GROUP, TIME])
        .assign(
            logins_prev=lambda d: d.groupby(GROUP)["logins_30d"].shift(1),
            tickets_prev=lambda d: d.groupby(GROUP)["support_tickets_30d"].shift(1),
            login_change=lambda d: d["logins_30d"] - d["logins_prev"],
            plan=lambda d: d["plan"].astype("category"),
            region=lambda d: d["region"].astype("category"),
        )
    )


df = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(add_features)
FEATS = [c for c in df.columns if c not in EXCLUDE]

holdout_from = pd.Timestamp("2024-07-01")
trn = df[df[TIME] < holdout_from]
hold = df[df[TIME] >= holdout_from].pipe(lambda d: d[~d[GROUP].isin(trn[GROUP])])
print(f"train={len(trn)} holdout={len(hold)} holdout churn={hold[TARGET].mean():.3f}")

params = dict(
    n_estimators=3000, learning_rate=0.02, num_leaves=31, min_child_samples=40,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
    scale_pos_weight=5.0, random_state=42, verbose=-1,
)
booster = lgb.LGBMClassifier(**params)
booster.fit(
    trn[FEATS], trn[TARGET],
    eval_set=[(hold[FEATS], hold[TARGET])],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", booster.best_iteration_)

p_hold = booster.predict_proba(hold[FEATS])[:, 1]
prior = np.full(len(hold), trn[TARGET].mean())
print(pd.DataFrame({
    "baseline_prior": [roc_auc_score(hold[TARGET], prior), average_precision_score(hold[TARGET], prior)],
    "lightgbm": [roc_auc_score(hold[TARGET], p_hold), average_precision_score(hold[TARGET], p_hold)],
}, index=["roc_auc", "avg_precision"]).round(4))

final = lgb.LGBMClassifier(**{**params, "n_estimators": booster.best_iteration_}).fit(df[FEATS], df[TARGET])
test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(add_features)
test[[ID]].assign(prediction=final.predict_proba(test[FEATS])[:, 1]).to_csv("predictions.csv", index=False)
