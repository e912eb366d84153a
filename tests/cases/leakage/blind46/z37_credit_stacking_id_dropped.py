"""Credit default -- two-level stack (LightGBM + logistic regression -> logistic meta-model).

Layout: 20% stratified holdout kept aside; base models produce out-of-fold predictions on the
remaining 80% (StratifiedKFold), the meta-model is fitted on those OOF columns, then the holdout
is scored once with fold-averaged base predictions.
"""
import gc

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CFG = {"seed": 4, "folds": 5, "holdout": 0.2}
TARGET = "default_next_month"
ID = "client_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].mean().round(4), "default rate")
print(train.corrwith(train[TARGET], numeric_only=True).sort_values().tail(8))


def engineer(df):
    df = df.copy()
    bills = [f"bill_amt{i}" for i in range(1, 7)]
    pays = [f"pay_amt{i}" for i in range(1, 7)]
    status = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]
    df["util"] = df["bill_amt1"] / df["limit_bal"].clip(lower=1)
    df["util_max"] = df[bills].max(axis=1) / df["limit_bal"].clip(lower=1)
    df["pay_cover"] = df[pays].sum(axis=1) / df[bills].clip(lower=0).sum(axis=1).clip(lower=1)
    df["late_n"] = (df[status] > 0).sum(axis=1)
    df["late_recent"] = (df[["pay_0", "pay_2"]] > 0).sum(axis=1)
    df["status_max"] = df[status].max(axis=1)
    return df


train, test = engineer(train), engineer(test)
FEATURES = [c for c in train.columns if c not in (ID, TARGET, "collections_flag")]
print(len(FEATURES), "features")


def base_models(seed):
    return {
        "lgbm": LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=24, min_child_samples=50,
                               subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=seed,
                               verbose=-1),
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=3000)),
    }


dev, hold = train_test_split(train, test_size=CFG["holdout"], stratify=train[TARGET], random_state=CFG["seed"])
dev, hold = dev.reset_index(drop=True), hold.reset_index(drop=True)
y_dev, y_hold = dev[TARGET].values, hold[TARGET].values

names = list(base_models(0))
oof = np.zeros((len(dev), len(names)))
hold_base = np.zeros((len(hold), len(names)))
test_base = np.zeros((len(test), len(names)))

skf = StratifiedKFold(n_splits=CFG["folds"], shuffle=True, random_state=CFG["seed"])
for fold, (tr, va) in enumerate(skf.split(dev, y_dev)):
    for j, (name, model) in enumerate(base_models(CFG["seed"] + fold).items()):
        model.fit(dev.loc[tr, FEATURES], y_dev[tr])
        oof[va, j] = model.predict_proba(dev.loc[va, FEATURES])[:, 1]
        hold_base[:, j] += model.predict_proba(hold[FEATURES])[:, 1] / CFG["folds"]
        test_base[:, j] += model.predict_proba(test[FEATURES])[:, 1] / CFG["folds"]
    gc.collect()

for j, name in enumerate(names):
    print(f"OOF {name:7s} AUC {roc_auc_score(y_dev, oof[:, j]):.4f}")

meta = LogisticRegression(C=1.0).fit(oof, y_dev)
print("meta weights:", dict(zip(names, meta.coef_[0].round(3))))

p_hold = meta.predict_proba(hold_base)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(dev[FEATURES], y_dev).predict_proba(hold[FEATURES])[:, 1]
print(f"holdout  dummy prior   AUC {roc_auc_score(y_hold, p_dummy):.4f}  logloss {log_loss(y_hold, p_dummy):.4f}")
print(f"holdout  stacked model AUC {roc_auc_score(y_hold, p_hold):.4f}  logloss {log_loss(y_hold, p_hold):.4f}")

pd.DataFrame({ID: test[ID], "prediction": meta.predict_proba(test_base)[:, 1]}).to_csv("predictions.csv", index=False)
