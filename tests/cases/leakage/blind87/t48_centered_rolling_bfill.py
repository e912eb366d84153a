"""Compressor failure-within-24h model: trend features over neighbouring windows + LightGBM.

Vibration statistics are noisy window to window, so each channel's RMS/kurtosis is smoothed
with a 2-hour (12-window) rolling mean and a trend (difference between consecutive smoothed
values). Validation: last 20% of the timeline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score
from lightgbm import LGBMClassifier

STAT_COLS = [f"ch{k}_rms" for k in range(1, 5)] + [f"ch{k}_kurt" for k in range(1, 5)]
PROC_COLS = ["bearing_temp", "discharge_pressure", "motor_current"]


def add_trends(frame):
    frame = frame.sort_values("window_end").copy()
    for c in STAT_COLS + PROC_COLS:
        smooth = frame[c].rolling(12, center=True, min_periods=3).mean()
        frame[f"{c}_smooth"] = smooth.bfill().ffill()
        frame[f"{c}_trend"] = frame[f"{c}_smooth"].diff().bfill()
    env = frame[[f"a_{i}" for i in range(256)]].to_numpy()
    frame["env_peak"] = env.max(axis=1)
    frame["env_p2p"] = env.max(axis=1) - env.min(axis=1)
    return frame


df = pd.read_csv("train.csv", parse_dates=["window_end"])
df = add_trends(df)
features = STAT_COLS + PROC_COLS + [f"{c}_smooth" for c in STAT_COLS + PROC_COLS] \
    + [f"{c}_trend" for c in STAT_COLS + PROC_COLS] + ["env_peak", "env_p2p"]

cut = df["window_end"].quantile(0.8)
train, valid = df[df["window_end"] < cut], df[df["window_end"] >= cut]
print(len(train), "train windows,", len(valid), "validation windows")

model = LGBMClassifier(n_estimators=800, learning_rate=0.02, num_leaves=15, min_child_samples=40,
                       scale_pos_weight=30, subsample=0.8, subsample_freq=1, random_state=0, verbose=-1)
model.fit(train[features], train["failure_24h"])
p = model.predict_proba(valid[features])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(train[features], train["failure_24h"]).predict_proba(valid[features])[:, 1]

print(f"prior baseline PR-AUC={average_precision_score(valid['failure_24h'], p0):.3f}")
print(f"LightGBM       PR-AUC={average_precision_score(valid['failure_24h'], p):.3f} "
      f"ROC-AUC={roc_auc_score(valid['failure_24h'], p):.3f} F1@0.5={f1_score(valid['failure_24h'], p > 0.5):.3f}")

test = add_trends(pd.read_csv("test.csv", parse_dates=["window_end"]))
model.fit(df[features], df["failure_24h"])
pd.DataFrame({"window_id": test["window_id"], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
