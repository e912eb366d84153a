import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import StratifiedKFold, train_test_split

SEED = 314
TARGET = "claim_filed"

train = pd.read_csv("train.csv")
CATS = [c for c in train.columns if c.startswith("cat_")]
NUMS = [c for c in train.columns if c.startswith("num_")]

train["n_missing"] = train[NUMS].isna().sum(axis=1)
train["num_sum"] = train[NUMS].sum(axis=1)
features = CATS + NUMS + ["n_missing", "num_sum"]

dev, holdout = train_test_split(train, test_size=0.2, stratify=train[TARGET], random_state=SEED)
y_dev = dev[TARGET].values
y_hold = holdout[TARGET].values

params = dict(
    n_estimators=700,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    colsample_bytree=0.6,
    subsample=0.8,
    subsample_freq=1,
    random_state=SEED,
    verbose=-1,
)

def gain_ranking(frame, target):
    probe = lgb.LGBMClassifier(**params).fit(frame[features], target)
    gain = probe.booster_.feature_importance("gain")
    return pd.Series(gain, index=features).sort_values(ascending=False)


def cv_auc(n_keep):
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    oof = np.zeros(len(dev))
    for tr, va in skf.split(dev, y_dev):
        part = dev.iloc[tr]
        cols = gain_ranking(part, y_dev[tr]).index[:n_keep].tolist()
        m = lgb.LGBMClassifier(**params).fit(part[cols], y_dev[tr])
        oof[va] = m.predict_proba(dev.iloc[va][cols])[:, 1]
    return roc_auc_score(y_dev, oof)


results = {}
for n in (20, 40, 60, len(features)):
    results[n] = cv_auc(n)
    print(f"top {n:>3}: dev CV AUC {results[n]:.4f}")

best_n = max(results, key=results.get)
cols = gain_ranking(dev, y_dev).index[:best_n].tolist()
print("chosen feature count:", best_n)

final = lgb.LGBMClassifier(**params).fit(dev[cols], y_dev)
p_hold = final.predict_proba(holdout[cols])[:, 1]
print(f"holdout AUC {roc_auc_score(y_hold, p_hold):.4f}  logloss {log_loss(y_hold, p_hold):.4f}")
