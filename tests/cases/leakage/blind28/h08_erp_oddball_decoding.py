"""Oddball ERP decoding (target vs standard) from averaged P300 window amplitudes.

Each row is one trial: 200 ms pre-stimulus baseline samples (pre_*) and
post-stimulus window means (win_*) per channel, exported from EEGLAB.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, balanced_accuracy_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CHANNELS = ["Fz", "Cz", "Pz", "Oz", "P3", "P4", "PO7", "PO8"]
WINDOWS = ["250_350", "350_450", "450_600"]

trials = pd.read_csv("data/oddball_trials.csv")
print(trials.shape)
print(trials.groupby("subject")["is_target"].mean().round(2))

# artefact rejection: peak-to-peak per trial
ptp_cols = [f"ptp_{ch}" for ch in CHANNELS]
trials = trials[(trials[ptp_cols] < 100).all(axis=1)]

# baseline correction within each trial: subtract that trial's own pre-stimulus mean
feats = {}
for ch in CHANNELS:
    pre_cols = [c for c in trials.columns if c.startswith(f"pre_{ch}_")]
    base = trials[pre_cols].mean(axis=1)
    for w in WINDOWS:
        feats[f"{ch}_{w}"] = trials[f"win_{ch}_{w}"] - base
X = pd.DataFrame(feats, index=trials.index)

y = trials["is_target"].astype(int).to_numpy()
subjects = trials["subject"].to_numpy()

clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))

gkf = GroupKFold(n_splits=6)
aucs, baccs = [], []
for k, (tr, te) in enumerate(gkf.split(X, y, groups=subjects)):
    clf.fit(X.iloc[tr], y[tr])
    prob = clf.predict_proba(X.iloc[te])[:, 1]
    aucs.append(roc_auc_score(y[te], prob))
    baccs.append(balanced_accuracy_score(y[te], prob > 0.5))
    held = sorted(set(subjects[te]))
    print(f"fold {k}: held-out {held} AUC={aucs[-1]:.3f} bAcc={baccs[-1]:.3f}")

print(f"mean AUC {np.mean(aucs):.3f} +/- {np.std(aucs):.3f}")
print(f"mean bAcc {np.mean(baccs):.3f}")
