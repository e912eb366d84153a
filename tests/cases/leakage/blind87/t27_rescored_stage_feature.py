"""Sleep staging with EEG spectral features + metadata, prospective new-patient evaluation.

Training nights: recorded before the cut-off. Evaluation: nights after the cut-off from
patients with no night in the training period.
"""
import numpy as np
import pandas as pd
from scipy.signal import welch
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import cohen_kappa_score, f1_score

STAGES = ["W", "N1", "N2", "N3", "REM"]

meta = pd.read_csv("train.csv", parse_dates=["epoch_start"])
eeg = np.load("eeg_train.npy")
test_meta = pd.read_csv("test.csv", parse_dates=["epoch_start"])
eeg_test = np.load("eeg_test.npy")


def spectral(x):
    f, pxx = welch(x, fs=100, nperseg=512, axis=1)
    edges = [0.5, 2, 4, 6, 8, 10, 12, 14, 16, 20, 25, 30]
    bp = np.stack([pxx[:, (f >= a) & (f < b)].sum(axis=1) for a, b in zip(edges[:-1], edges[1:])], axis=1)
    return np.log(bp + 1e-12), bp / bp.sum(axis=1, keepdims=True)


def make_X(x, frame):
    log_bp, rel_bp = spectral(x)
    X = pd.DataFrame(np.hstack([log_bp, rel_bp]), columns=[f"logbp_{i}" for i in range(11)] + [f"relbp_{i}" for i in range(11)])
    X["emg_rms"] = frame["emg_rms"].to_numpy()
    X["eog_var"] = frame["eog_var"].to_numpy()
    X["age"] = frame["age"].to_numpy()
    X["epoch_index"] = frame["epoch_index"].to_numpy()
    # second scorer's label, encoded as an ordinal stage
    X["rescored"] = frame["rescored_stage"].map({s: i for i, s in enumerate(STAGES)}).to_numpy()
    return X


X = make_X(eeg, meta)
y = meta["stage"].to_numpy()

night_start = meta.groupby(["patient_id", "night"])["epoch_start"].transform("min")
cutoff = pd.Timestamp("2021-07-01")
train_mask = (night_start < cutoff).to_numpy()
seen = meta.loc[train_mask, "patient_id"].unique()
eval_mask = (~train_mask) & (~meta["patient_id"].isin(seen).to_numpy())
print("train epochs", train_mask.sum(), "eval epochs", eval_mask.sum())

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, class_weight="balanced", random_state=0)
clf.fit(X[train_mask], y[train_mask])
pred = clf.predict(X[eval_mask])
base = DummyClassifier(strategy="most_frequent").fit(X[train_mask], y[train_mask]).predict(X[eval_mask])

print(f"baseline kappa={cohen_kappa_score(y[eval_mask], base):.3f} macroF1={f1_score(y[eval_mask], base, average='macro'):.3f}")
print(f"HGB      kappa={cohen_kappa_score(y[eval_mask], pred):.3f} macroF1={f1_score(y[eval_mask], pred, average='macro'):.3f}")

clf.fit(X, y)
X_test = make_X(eeg_test, test_meta)
pd.DataFrame({"epoch_id": test_meta["epoch_id"], "prediction": clf.predict(X_test)}).to_csv("predictions.csv", index=False)
