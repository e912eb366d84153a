#!/usr/bin/env python
# Lead conversion: LightGBM with early stopping.
# Holdout = 20% of accounts.

import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

SEED = 2024
TARGET = "converted"
LEAKY = ["opportunity_stage", "close_reason", "contract_value"]
IDS = ["lead_id", "account_id"]

df = pd.read_csv("train.csv")
df_sub = pd.read_csv("test.csv")

cat_cols = df.select_dtypes("object").columns.difference(LEAKY + IDS).tolist()
for c in cat_cols:
    df[c] = df[c].astype("category")
    df_sub[c] = pd.Categorical(df_sub[c], categories=df[c].cat.categories)

feats = [c for c in df.columns if c not in LEAKY + IDS + [TARGET]]
print(len(feats), "features:", feats)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
train_idx, test_idx = next(gss.split(df, groups=df["account_id"]))
train, test = df.iloc[train_idx], df.iloc[test_idx]

model = lgb.LGBMClassifier(
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=24,
    min_child_samples=50,
    reg_lambda=1.0,
    colsample_bytree=0.7,
    is_unbalance=True,
    random_state=SEED,
    verbose=-1,
)
model.fit(
    train[feats], train[TARGET],
    eval_set=[(test[feats], test[TARGET])],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
best_iter = model.best_iteration_
print("best iteration:", best_iter)

p = model.predict_proba(test[feats], num_iteration=best_iter)[:, 1]
print("Test AUC     : %.4f" % roc_auc_score(test[TARGET], p))
print("Test AP      : %.4f" % average_precision_score(test[TARGET], p))
print("Test logloss : %.4f" % log_loss(test[TARGET], p))

# capture curve at a few SDR capacity levels
ranked = test.assign(p=p).sort_values("p", ascending=False)
total = ranked[TARGET].sum()
for cap in (0.05, 0.1, 0.2, 0.3):
    n = int(len(ranked) * cap)
    got = ranked[TARGET].iloc[:n].sum()
    print(f"work top {cap:.0%}: capture {got / total:.1%}, lift {got / n / ranked[TARGET].mean():.2f}")

final = lgb.LGBMClassifier(**{**model.get_params(), "n_estimators": best_iter})
final.fit(df[feats], df[TARGET])
pd.DataFrame({"lead_id": df_sub["lead_id"], "prediction": final.predict_proba(df_sub[feats])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
