"""
Dysarthria take-home.

Clips come from 4 recording sites with different mics and rooms, and the share of
patients differs by site, so I encode the site by its dysarthric rate instead of
one-hot (few sites, but it lets the tree use it in one split).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import GroupKFold

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

site_rate = df.groupby("recording_site")["dysarthric"].mean()
print(site_rate)
df["site_rate"] = df["recording_site"].map(site_rate)
test["site_rate"] = test["recording_site"].map(site_rate).fillna(df["dysarthric"].mean())

df["is_female"] = (df["gender"] == "F").astype(int)
test["is_female"] = (test["gender"] == "F").astype(int)

FEATS = [c for c in df.columns if c.startswith(("mfcc_", "delta_"))] + [
    "zcr_mean", "centroid_mean", "rolloff_mean", "rms_mean",
    "f0_mean", "f0_std", "speech_rate", "duration_s",
    "is_female", "site_rate",
]

params = dict(objective="binary", learning_rate=0.03, num_leaves=15, min_child_samples=30,
              feature_fraction=0.7, bagging_fraction=0.8, bagging_freq=1, verbose=-1)

oof = np.zeros(len(df))
oof_dummy = np.zeros(len(df))
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(df, groups=df["speaker_id"])):
    dtr = lgb.Dataset(df.loc[tr, FEATS], df.loc[tr, "dysarthric"])
    booster = lgb.train(params, dtr, num_boost_round=400)
    oof[va] = booster.predict(df.loc[va, FEATS])
    d = DummyClassifier(strategy="prior").fit(df.loc[tr, FEATS], df.loc[tr, "dysarthric"])
    oof_dummy[va] = d.predict_proba(df.loc[va, FEATS])[:, 1]
    print(f"fold {k}: auc={roc_auc_score(df.loc[va, 'dysarthric'], oof[va]):.3f}")

y = df["dysarthric"]
print(f"OOF AUC   lgbm={roc_auc_score(y, oof):.3f}  dummy={roc_auc_score(y, oof_dummy):.3f}")
print(f"OOF logloss lgbm={log_loss(y, oof):.3f}  dummy={log_loss(y, oof_dummy):.3f}")

booster = lgb.train(params, lgb.Dataset(df[FEATS], y), num_boost_round=400)
pd.DataFrame({"clip_id": test["clip_id"], "prediction": booster.predict(test[FEATS])}).to_csv(
    "predictions.csv", index=False)
