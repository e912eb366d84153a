"""ECG beat classifier: DTW k-means beat templates + gradient boosting.

TimeSeriesKMeans (tslearn, DTW barycentres) learns beat templates from the whole beat
collection; each beat is described by its distance to every template plus RR intervals.
Evaluation: 5-fold GroupKFold over records.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from tslearn.clustering import TimeSeriesKMeans
from tslearn.preprocessing import TimeSeriesScalerMeanVariance
from tslearn.utils import to_time_series_dataset

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
beat_cols = [f"s_{i}" for i in range(180)]

beats = to_time_series_dataset(train[beat_cols].to_numpy()[:, ::4])
beats = TimeSeriesScalerMeanVariance().fit_transform(beats)
beats_test = TimeSeriesScalerMeanVariance().fit_transform(to_time_series_dataset(test[beat_cols].to_numpy()[:, ::4]))
y = train["abnormal"].to_numpy()
groups = train["record_id"].to_numpy()

# learn templates on all available beats (labels are not used here)
pool = np.concatenate([beats, beats_test])
rng = np.random.default_rng(0)
sample = pool[rng.choice(len(pool), size=min(6000, len(pool)), replace=False)]
km = TimeSeriesKMeans(n_clusters=16, metric="dtw", metric_params={"global_constraint": "sakoe_chiba",
                      "sakoe_chiba_radius": 3}, max_iter=15, n_init=2, random_state=0, n_jobs=-1)
km.fit(sample)


def template_features(B, frame):
    d = km.transform(B)
    rr = frame[["rr_prev", "rr_next"]].to_numpy()
    return np.column_stack([d, d.min(axis=1), km.predict(B), rr, rr[:, 0] / rr[:, 1]])


X = template_features(beats, train)
X_test = template_features(beats_test, test)

aucs, aps, f1s = [], [], []
for tr, va in GroupKFold(n_splits=5).split(X, y, groups):
    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced", random_state=0)
    clf.fit(X[tr], y[tr])
    p = clf.predict_proba(X[va])[:, 1]
    aucs.append(roc_auc_score(y[va], p))
    aps.append(average_precision_score(y[va], p))
    f1s.append(f1_score(y[va], p > 0.5))
print(f"ROC-AUC {np.mean(aucs):.3f} ± {np.std(aucs):.3f}")
print(f"PR-AUC  {np.mean(aps):.3f} ± {np.std(aps):.3f}")
print(f"F1@0.5  {np.mean(f1s):.3f}")

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced", random_state=0)
clf.fit(X, y)
pd.DataFrame({"beat_id": test["beat_id"], "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
