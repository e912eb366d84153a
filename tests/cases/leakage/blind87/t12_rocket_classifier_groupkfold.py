"""aeon RocketClassifier vs. a majority-class baseline, grouped 5-fold CV by subject."""
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import balanced_accuracy_score, f1_score
from aeon.classification.convolution_based import RocketClassifier

CHANNELS = ["acc_x", "acc_y", "acc_z", "gyro_x", "gyro_y", "gyro_z"]
WIN, STRIDE = 128, 64


def windowize(df):
    X, y, g = [], [], []
    for _, rec in df.sort_values(["recording_id", "t"]).groupby("recording_id"):
        sig = rec[CHANNELS].to_numpy(np.float32).T
        if sig.shape[1] < WIN:
            continue
        w = sliding_window_view(sig, WIN, axis=1)[:, ::STRIDE, :].transpose(1, 0, 2)
        # each window is normalised by its own per-channel mean/std
        w = (w - w.mean(axis=2, keepdims=True)) / (w.std(axis=2, keepdims=True) + 1e-8)
        X.append(w)
        y.append([pd.Series(r).mode().iloc[0] for r in sliding_window_view(rec["activity"].to_numpy(), WIN)[::STRIDE]])
        g.append(np.full(len(w), rec["subject_id"].iloc[0]))
    return np.concatenate(X), np.concatenate(y), np.concatenate(g)


train = pd.read_csv("train.csv")
X, y, groups = windowize(train)
print(X.shape, "windows from", len(np.unique(groups)), "subjects")

rows = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    dummy = DummyClassifier(strategy="most_frequent").fit(X[tr][:, 0, :], y[tr])
    p0 = dummy.predict(X[va][:, 0, :])
    rc = RocketClassifier(n_kernels=4000, random_state=fold, n_jobs=-1)
    rc.fit(X[tr], y[tr])
    p = rc.predict(X[va])
    rows.append({
        "fold": fold,
        "dummy_bacc": balanced_accuracy_score(y[va], p0),
        "rocket_bacc": balanced_accuracy_score(y[va], p),
        "rocket_f1": f1_score(y[va], p, average="macro"),
    })
res = pd.DataFrame(rows)
print(res.round(3))
print(res.mean(numeric_only=True).round(3))

test = pd.read_csv("test.csv").sort_values(["window_id", "t"])
ids = sorted(test["window_id"].unique())
X_test = np.stack([g[CHANNELS].to_numpy(np.float32).T for _, g in test.groupby("window_id")])
X_test = (X_test - X_test.mean(axis=2, keepdims=True)) / (X_test.std(axis=2, keepdims=True) + 1e-8)
final = RocketClassifier(n_kernels=4000, random_state=0, n_jobs=-1).fit(X, y)
pd.DataFrame({"window_id": ids, "prediction": final.predict(X_test)}).to_csv("predictions.csv", index=False)
