"""Arrhythmic beat detection with sktime's KNeighborsTimeSeriesClassifier (DTW).

Record-wise GroupKFold; the model is compared with a majority-class dummy.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import accuracy_score
from sktime.classification.distance_based import KNeighborsTimeSeriesClassifier

df = pd.read_csv("train.csv")
beat_cols = [f"s_{i}" for i in range(180)]

# downsample 360 Hz beats by 3 to keep DTW tractable
X = df[beat_cols].to_numpy()[:, ::3][:, None, :]
y = df["abnormal"].to_numpy()
groups = df["record_id"].to_numpy()

rng = np.random.default_rng(0)
knn_acc, dummy_acc = [], []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    # DTW 1-NN is expensive: keep all abnormal beats and a sample of normal ones as references
    pos = tr[y[tr] == 1]
    neg = rng.choice(tr[y[tr] == 0], size=min(2000, (y[tr] == 0).sum()), replace=False)
    ref = np.concatenate([pos, neg])

    knn = KNeighborsTimeSeriesClassifier(n_neighbors=1, distance="dtw", distance_params={"window": 0.1})
    knn.fit(X[ref], y[ref])
    pred = knn.predict(X[va])

    dummy = DummyClassifier(strategy="most_frequent").fit(X[tr, 0, :], y[tr])
    knn_acc.append(accuracy_score(y[va], pred))
    dummy_acc.append(accuracy_score(y[va], dummy.predict(X[va, 0, :])))
    print(f"fold {fold}: dtw-1nn acc={knn_acc[-1]:.3f}  dummy acc={dummy_acc[-1]:.3f}")

print(f"mean accuracy  dtw-1nn={np.mean(knn_acc):.3f}  dummy={np.mean(dummy_acc):.3f}")

test = pd.read_csv("test.csv")
X_test = test[beat_cols].to_numpy()[:, ::3][:, None, :]
pos = np.where(y == 1)[0]
neg = rng.choice(np.where(y == 0)[0], size=min(3000, (y == 0).sum()), replace=False)
ref = np.concatenate([pos, neg])
final = KNeighborsTimeSeriesClassifier(n_neighbors=5, distance="dtw", distance_params={"window": 0.1})
final.fit(X[ref], y[ref])
proba = final.predict_proba(X_test)[:, 1]
pd.DataFrame({"beat_id": test["beat_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
