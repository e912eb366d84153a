"""Activity recognition with DTW nearest neighbours (tslearn).

Each 128-sample window is z-normalised on its own (TimeSeriesScalerMeanVariance works per
series), then classified with a 1-NN / k-NN under DTW with a Sakoe-Chiba band.
Validation holds out whole subjects because the hidden test set is made of new people.
"""
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import accuracy_score, f1_score, confusion_matrix
from tslearn.preprocessing import TimeSeriesScalerMeanVariance
from tslearn.neighbors import KNeighborsTimeSeriesClassifier

CHANNELS = ["acc_x", "acc_y", "acc_z"]
WIN, STRIDE = 128, 64
rng = np.random.default_rng(0)

train = pd.read_csv("train.csv").sort_values(["recording_id", "t"])
test = pd.read_csv("test.csv").sort_values(["window_id", "t"])

windows, labels, subjects = [], [], []
for _, rec in train.groupby("recording_id"):
    arr = rec[CHANNELS].to_numpy(dtype=float)              # (n, 3)
    if len(arr) < WIN:
        continue
    w = sliding_window_view(arr, WIN, axis=0)[::STRIDE]     # (n_win, 3, WIN)
    w = w.transpose(0, 2, 1)                                # tslearn layout (n_win, WIN, 3)
    lab = sliding_window_view(rec["activity"].to_numpy(), WIN)[::STRIDE]
    windows.append(w)
    labels.append(np.array([pd.Series(r).mode().iloc[0] for r in lab]))
    subjects.append(np.full(len(w), rec["subject_id"].iloc[0]))

X = np.concatenate(windows)
y = np.concatenate(labels)
groups = np.concatenate(subjects)

# per-window z-normalisation (each series scaled by its own mean/std)
X = TimeSeriesScalerMeanVariance(mu=0.0, std=1.0).fit_transform(X)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=3)
tr, va = next(gss.split(X, y, groups))

# DTW k-NN is quadratic; subsample the reference set
ref = rng.choice(tr, size=min(3000, len(tr)), replace=False)

dummy = DummyClassifier(strategy="most_frequent").fit(X[ref].reshape(len(ref), -1), y[ref])
p0 = dummy.predict(X[va].reshape(len(va), -1))
print(f"majority baseline: acc={accuracy_score(y[va], p0):.3f} macroF1={f1_score(y[va], p0, average='macro'):.3f}")

knn = KNeighborsTimeSeriesClassifier(
    n_neighbors=3, metric="dtw", metric_params={"global_constraint": "sakoe_chiba", "sakoe_chiba_radius": 8},
    n_jobs=-1,
)
knn.fit(X[ref], y[ref])
p = knn.predict(X[va])
print(f"DTW 3-NN:          acc={accuracy_score(y[va], p):.3f} macroF1={f1_score(y[va], p, average='macro'):.3f}")
print(confusion_matrix(y[va], p))

# final model on all training subjects
ids = sorted(test["window_id"].unique())
X_test = np.stack([g[CHANNELS].to_numpy(dtype=float) for _, g in test.groupby("window_id")])
X_test = TimeSeriesScalerMeanVariance().fit_transform(X_test)
ref_all = rng.choice(len(X), size=min(4000, len(X)), replace=False)
knn.fit(X[ref_all], y[ref_all])
pd.DataFrame({"window_id": ids, "prediction": knn.predict(X_test)}).to_csv("predictions.csv", index=False)
