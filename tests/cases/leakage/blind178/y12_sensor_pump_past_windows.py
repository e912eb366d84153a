# -----------------------------------------------------------------------------
# Pump sensor anomaly detection (past-only features)
# requirements: pandas, numpy, scikit-learn
# run:          python y12_sensor_pump_past_windows.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - gap=60 leaves one hour between each training block and its test block
#   - metrics go to stdout; artefacts to results/y12_sensor_pump_past_windows.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Pump sensor anomaly model using only past readings.

Rolling features are computed on values shifted by one minute, so each row
only sees the past. Evaluation uses TimeSeriesSplit (train before test) and a
constant 'always normal' reference model.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

WINDOWS = [10, 60]

df = pd.read_csv("sensor.csv", index_col=0, parse_dates=["timestamp"])
df = df.sort_values("timestamp").set_index("timestamp")
df = df.drop(columns=["sensor_15"])
sensors = [c for c in df.columns if c.startswith("sensor_")]
df[sensors] = df[sensors].ffill()

y = (df["machine_status"] != "NORMAL").astype(int)

past = df[sensors].shift(1)
parts = []
for w in WINDOWS:
    parts.append(past.rolling(w, min_periods=1).mean().add_suffix(f"_mean{w}"))
    parts.append(past.rolling(w, min_periods=2).std().add_suffix(f"_std{w}"))
X = pd.concat(parts, axis=1)
mask = X.notna().all(axis=1)
X, y = X[mask], y[mask]

tscv = TimeSeriesSplit(n_splits=5, gap=60)
models = {
    "always_normal": DummyClassifier(strategy="most_frequent"),
    "logreg": make_pipeline(StandardScaler(),
                            LogisticRegression(max_iter=500, class_weight="balanced")),
}
for name, m in models.items():
    res = cross_validate(m, X, y, cv=tscv, scoring=["f1", "balanced_accuracy"])
    print(f"{name:14s} f1={res['test_f1'].mean():.3f} "
          f"bal_acc={res['test_balanced_accuracy'].mean():.3f}")


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y12_sensor_pump_past_windows.json", "w") as fh:
    json.dump({"script": "y12_sensor_pump_past_windows", "n_rows": int(len(X))}, fh, indent=2)
print("saved results/y12_sensor_pump_past_windows.json")
