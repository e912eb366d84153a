"""CTR model: negative downsampling of the training days only + LightGBM.

The test day keeps every impression so log loss / AUC reflect real traffic.
Predictions of the downsampled model are re-calibrated with the usual
p / (p + (1 - p) / w) correction, w = negative sampling rate.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import log_loss, roc_auc_score

NEG_RATE = 0.2
CAT = ["site_category", "app_category", "device_type", "os"]
FEATS = ["hour", "dow", "banner_pos", "slot_width", "slot_height", "bid_floor",
         "user_impressions_7d", "user_clicks_7d", "user_ctr_7d"] + CAT


def add_features(frame):
    frame = frame.copy()
    frame["hour"] = frame.event_time.dt.hour
    frame["dow"] = frame.event_time.dt.dayofweek
    frame["user_ctr_7d"] = frame["user_clicks_7d"] / (frame["user_impressions_7d"] + 1)
    return frame


def recalibrate(p, w):
    return p / (p + (1 - p) / w)


raw = add_features(pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time"))
cut = raw.event_time.dt.normalize().max()
train_full = raw[raw.event_time < cut]
test = raw[raw.event_time >= cut].copy()

# downsample negatives in the training days only
pos = train_full[train_full.clicked == 1]
neg = train_full[train_full.clicked == 0].sample(frac=NEG_RATE, random_state=0)
train = pd.concat([pos, neg]).sort_values("event_time").copy()
print(f"train {len(train_full)} -> {len(train)} rows, CTR {train_full.clicked.mean():.4f} -> {train.clicked.mean():.4f}")

for c in CAT:
    levels = train[c].astype("category").cat.categories
    train[c] = pd.Categorical(train[c], categories=levels)
    test[c] = pd.Categorical(test[c], categories=levels)

params = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 63, "min_data_in_leaf": 100,
          "feature_fraction": 0.8, "verbose": -1}
booster = lgb.train(params, lgb.Dataset(train[FEATS], train.clicked), num_boost_round=500)

p = recalibrate(booster.predict(test[FEATS]), NEG_RATE)
p_base = np.full(len(test), train_full.clicked.mean())

print("test AUC             :", round(roc_auc_score(test.clicked, p), 4))
print("test logloss         :", round(log_loss(test.clicked, p), 5))
print("baseline logloss     :", round(log_loss(test.clicked, p_base), 5), "(constant CTR of the training days)")
