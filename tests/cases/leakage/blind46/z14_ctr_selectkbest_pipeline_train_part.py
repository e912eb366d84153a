"""Ad click-through take-home.

train.csv: one row per impression with `clicked` (about 17% positive). test.csv is the day after train.
Plan: sparse-ish one-hot features, keep the k best by ANOVA F, LightGBM, hold out the last day of train.
"""
import gc

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.pipeline import Pipeline

CFG = {"k_best": 60, "n_estimators": 600, "lr": 0.05, "seed": 5}
TARGET, ID, TIME = "clicked", "impression_id", "event_time"
CAT_SMALL = ["banner_pos", "C18", "hour", "dow"]
NUM = ["C14", "C17", "C19", "C20", "C21", "site_id", "app_id", "device_model", "ad_id", "campaign_id"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, test.shape)
print("CTR:", train[TARGET].mean().round(4))
print(train.groupby(train[TIME].dt.date)[TARGET].agg(["mean", "size"]))

# ---------------------------------------------------------------- features
full = pd.concat([train, test], ignore_index=True).sort_values([TIME, ID]).reset_index(drop=True)
full["hour"] = full[TIME].dt.hour
full["dow"] = full[TIME].dt.dayofweek
ts = full[TIME].astype("int64") // 10**9
full["user_seen_before"] = full.groupby("user_id").cumcount()
full["user_secs_since_prev"] = ts - ts.groupby(full["user_id"]).shift(1)
full["user_ad_seen_before"] = full.groupby(["user_id", "ad_id"]).cumcount()
full["user_campaign_seen_before"] = full.groupby(["user_id", "campaign_id"]).cumcount()
full = pd.get_dummies(full, columns=CAT_SMALL, dtype=np.int8)
full["user_secs_since_prev"] = full["user_secs_since_prev"].fillna(-1)

dummy_cols = [c for c in full.columns if c.startswith(tuple(f"{k}_" for k in CAT_SMALL))]
candidates = NUM + dummy_cols + ["user_seen_before", "user_secs_since_prev",
                                 "user_ad_seen_before", "user_campaign_seen_before"]
print(len(candidates), "candidate columns")

is_test = full[TARGET].isna()
lab = full[~is_test].copy()
tst = full[is_test].copy()
del full
gc.collect()

# ---------------------------------------------------------------- holdout = last day of train
last_day = lab[TIME].dt.normalize().max()
trn = lab[lab[TIME] < last_day]
val = lab[lab[TIME] >= last_day]
print("train rows", len(trn), "| holdout rows", len(val))

# ---------------------------------------------------------------- selection + model in one pipeline, fitted on the train part
clf = Pipeline([
    ("select", SelectKBest(f_classif, k=CFG["k_best"])),
    ("lgbm", LGBMClassifier(n_estimators=CFG["n_estimators"], learning_rate=CFG["lr"], num_leaves=63,
                            min_child_samples=200, colsample_bytree=0.7, subsample=0.8, subsample_freq=1,
                            random_state=CFG["seed"], verbose=-1)),
])
clf.fit(trn[candidates], trn[TARGET].astype(int))
keep = [c for c, s in zip(candidates, clf.named_steps["select"].get_support()) if s]
print("kept:", keep)
p_val = clf.predict_proba(val[candidates])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(trn[candidates], trn[TARGET].astype(int))
p_dummy = dummy.predict_proba(val[candidates])[:, 1]

print(f"prior baseline : logloss {log_loss(val[TARGET], p_dummy):.5f}  auc {roc_auc_score(val[TARGET], p_dummy):.4f}")
print(f"lgbm k-best    : logloss {log_loss(val[TARGET], p_val):.5f}  auc {roc_auc_score(val[TARGET], p_val):.4f}")

# ---------------------------------------------------------------- final fit + submission
clf.fit(lab[candidates], lab[TARGET].astype(int))
pd.DataFrame({ID: tst[ID].values, "prediction": clf.predict_proba(tst[candidates])[:, 1]}).to_csv(
    "predictions.csv", index=False)
