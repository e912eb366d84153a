"""Fault detection with SMOTE inside an imbalanced-learn pipeline.

Features: simple time- and frequency-domain statistics per 1024-sample window. SMOTE is
a pipeline step, so cross-validation re-applies it to each training fold only.
"""
import numpy as np
import pandas as pd
from scipy.stats import kurtosis, skew
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

df = pd.read_csv("train.csv")
sig = df.filter(regex=r"^v_\d+$").to_numpy(dtype=float)
y = df["fault"].to_numpy()


def window_stats(s):
    spec = np.abs(np.fft.rfft(s, axis=1)) ** 2
    freqs = np.fft.rfftfreq(s.shape[1], d=1 / 12_800)
    return np.column_stack([
        s.std(axis=1),
        np.sqrt((s ** 2).mean(axis=1)),
        np.abs(s).max(axis=1),
        skew(s, axis=1),
        kurtosis(s, axis=1),
        (spec * freqs).sum(axis=1) / spec.sum(axis=1),
        spec[:, (freqs > 2000) & (freqs < 4000)].sum(axis=1) / spec.sum(axis=1),
        spec[:, freqs >= 4000].sum(axis=1) / spec.sum(axis=1),
    ])


X = np.column_stack([window_stats(sig), df[["rpm", "load_pct", "housing_temp"]].to_numpy()])

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("smote", SMOTE(k_neighbors=5, random_state=0)),
    ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["average_precision", "roc_auc", "f1", "recall"]

res = cross_validate(pipe, X, y, cv=cv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="stratified", random_state=0), X, y, cv=cv, scoring=scoring)
for name, r in [("dummy", base), ("smote+rf", res)]:
    print(name, {k: round(float(np.mean(r[f"test_{k}"])), 3) for k in scoring})

test = pd.read_csv("test.csv")
X_test = np.column_stack([window_stats(test.filter(regex=r"^v_\d+$").to_numpy(dtype=float)),
                          test[["rpm", "load_pct", "housing_temp"]].to_numpy()])
pipe.fit(X, y)
pd.DataFrame({"window_id": test["window_id"], "prediction": pipe.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
