"""ECG beats: tuned MiniRocket pipeline with a grouped search, scored once on held-out records.

1. Hold out 20% of records (GroupShuffleSplit).
2. GridSearchCV over the number of kernels and the ridge/logistic strength, with GroupKFold
   on the remaining records.
3. Score the refitted best pipeline once on the held-out records, next to a dummy baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, GridSearchCV
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score
from aeon.transformations.collection.convolution_based import MiniRocket

df = pd.read_csv("train.csv")
beat_cols = [f"s_{i}" for i in range(180)]
X = df[beat_cols].to_numpy(np.float32)[:, None, :]
y = df["abnormal"].to_numpy()
groups = df["record_id"].to_numpy()

dev, hold = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=12).split(X, y, groups))

pipe = Pipeline([
    ("rocket", MiniRocket(random_state=12)),
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(class_weight="balanced", max_iter=3000)),
])
grid = {"rocket__n_kernels": [1008, 5040], "lr__C": [0.01, 0.1, 1.0]}
search = GridSearchCV(pipe, grid, scoring="average_precision", cv=GroupKFold(n_splits=4), n_jobs=1, refit=True)
search.fit(X[dev], y[dev], groups=groups[dev])
print("best params:", search.best_params_, "grouped-CV PR-AUC:", round(search.best_score_, 4))

p = search.predict_proba(X[hold])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X[dev, 0, :], y[dev]).predict_proba(X[hold, 0, :])[:, 1]
print(f"held-out records  baseline PR-AUC={average_precision_score(y[hold], p0):.4f}")
print(f"held-out records  model    PR-AUC={average_precision_score(y[hold], p):.4f} "
      f"ROC-AUC={roc_auc_score(y[hold], p):.4f} F1={f1_score(y[hold], p > 0.5):.4f}")

test = pd.read_csv("test.csv")
final = search.best_estimator_.fit(X, y)
proba = final.predict_proba(test[beat_cols].to_numpy(np.float32)[:, None, :])[:, 1]
pd.DataFrame({"beat_id": test["beat_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
