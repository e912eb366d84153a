#!/usr/bin/env python3
# Dysarthric vs control speech -- take-home
# Precomputed librosa summaries (train.csv). ~120 columns for ~1.5k clips, so I
# rank them by mutual information with the label and keep the top 30.

import numpy as np
import pandas as pd
from sklearn.feature_selection import mutual_info_classif
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TOP_K = 30

df = pd.read_csv("train.csv")
meta_cols = ["clip_id", "speaker_id", "gender", "mic", "recording_site", "dysarthric",
             "severity_rating"]
feature_cols = [c for c in df.columns if c not in meta_cols]
X_full = df[feature_cols]
y = df["dysarthric"].astype(int).to_numpy()
spk = df["speaker_id"].to_numpy()

mi = mutual_info_classif(X_full, y, random_state=0)
ranking = pd.Series(mi, index=feature_cols).sort_values(ascending=False)
print(ranking.head(15).round(4))
top = ranking.index[:TOP_K].tolist()
X = X_full[top].to_numpy()

gkf = GroupKFold(n_splits=5)
auc_m, auc_d, ap_m = [], [], []
for tr, va in gkf.split(X, y, spk):
    gb = GradientBoostingClassifier(n_estimators=300, max_depth=2, learning_rate=0.05,
                                    subsample=0.8, random_state=0)
    gb.fit(X[tr], y[tr])
    dm = DummyClassifier(strategy="stratified", random_state=0).fit(X[tr], y[tr])
    p = gb.predict_proba(X[va])[:, 1]
    auc_m.append(roc_auc_score(y[va], p))
    ap_m.append(average_precision_score(y[va], p))
    auc_d.append(roc_auc_score(y[va], dm.predict_proba(X[va])[:, 1]))

print(f"GBM   AUC {np.mean(auc_m):.3f}  AP {np.mean(ap_m):.3f}")
print(f"Dummy AUC {np.mean(auc_d):.3f}")

test = pd.read_csv("test.csv")
X_t = test[top].to_numpy()
gb.fit(X, y)
pd.DataFrame({"clip_id": test.clip_id, "prediction": gb.predict_proba(X_t)[:, 1]}).to_csv(
    "predictions.csv", index=False)
