"""Sleep staging: forward-chaining validation on new patients.

Nights are ordered by recording date and cut into 4 consecutive blocks. Fold k trains on
blocks < k and evaluates on block k, after removing from block k every patient who already
appears in the training blocks. Baseline: always predict the most frequent stage (N2).
"""
import numpy as np
import pandas as pd
from scipy.signal import welch
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score, f1_score

BANDS = [(0.5, 2), (2, 4), (4, 8), (8, 12), (12, 15), (15, 20), (20, 30)]


def features(eeg, frame):
    f, pxx = welch(eeg, fs=100, nperseg=400, axis=1)
    bp = np.stack([pxx[:, (f >= lo) & (f < hi)].sum(axis=1) for lo, hi in BANDS], axis=1)
    return np.column_stack([
        np.log(bp), bp / bp.sum(axis=1, keepdims=True),
        np.log(frame["emg_rms"].to_numpy()), np.log(frame["eog_var"].to_numpy()),
    ])


meta = pd.read_csv("train.csv", parse_dates=["epoch_start"])
X = features(np.load("eeg_train.npy"), meta)
y = meta["stage"].to_numpy()

nights = (meta.groupby(["patient_id", "night"])["epoch_start"].min().sort_values().reset_index())
nights["block"] = pd.qcut(np.arange(len(nights)), 4, labels=False)
meta = meta.merge(nights[["patient_id", "night", "block"]], on=["patient_id", "night"], how="left")
block = meta["block"].to_numpy()

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced"))
rows = []
for k in range(1, 4):
    tr = block < k
    seen = set(meta.loc[tr, "patient_id"])
    ev = (block == k) & ~meta["patient_id"].isin(seen).to_numpy()
    if ev.sum() == 0:
        continue
    model.fit(X[tr], y[tr])
    p = model.predict(X[ev])
    p0 = DummyClassifier(strategy="most_frequent").fit(X[tr], y[tr]).predict(X[ev])
    rows.append({"fold": k, "n_eval": int(ev.sum()),
                 "kappa": cohen_kappa_score(y[ev], p), "macro_f1": f1_score(y[ev], p, average="macro"),
                 "base_kappa": cohen_kappa_score(y[ev], p0), "base_macro_f1": f1_score(y[ev], p0, average="macro")})
res = pd.DataFrame(rows)
print(res.round(3))
print(res.drop(columns=["fold", "n_eval"]).mean().round(3))

test_meta = pd.read_csv("test.csv")
X_test = features(np.load("eeg_test.npy"), test_meta)
model.fit(X, y)
pd.DataFrame({"epoch_id": test_meta["epoch_id"], "prediction": model.predict(X_test)}).to_csv("predictions.csv", index=False)
