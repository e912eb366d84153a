# -----------------------------------------------------------------------------
# Pump sensor anomaly detection
# requirements: pandas, numpy, scikit-learn
# run:          python y11_sensor_pump_centered_rolling.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - the BROKEN state lasts only a few minutes, RECOVERING periods are long
#   - metrics go to stdout; artefacts to results/y11_sensor_pump_centered_rolling.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Pump sensor data: detect abnormal machine state from 51 sensors.

Kaggle 'pump_sensor_data' (sensor.csv): one row per minute, machine_status in
{NORMAL, BROKEN, RECOVERING}. Smooth the noisy sensors with rolling windows,
train on the first 70% of the timeline, evaluate on the rest.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("sensor.csv", index_col=0)
df["timestamp"] = pd.to_datetime(df["timestamp"])
df = df.sort_values("timestamp").set_index("timestamp")

df = df.drop(columns=["sensor_15"])  # entirely empty
sensors = [c for c in df.columns if c.startswith("sensor_")]
df[sensors] = df[sensors].ffill()

df["abnormal"] = (df["machine_status"] != "NORMAL").astype(int)

# 30-minute smoothed level and spread per sensor (centred so they align with the event)
feat = pd.DataFrame(index=df.index)
for s in sensors:
    feat[f"{s}_mean30"] = df[s].rolling(30, center=True, min_periods=1).mean()
    feat[f"{s}_std30"] = df[s].rolling(30, center=True, min_periods=1).std()
feat = feat.fillna(0)

n = len(feat)
cut = int(n * 0.7)
X_train, X_test = feat.iloc[:cut], feat.iloc[cut:]
y_train, y_test = df["abnormal"].iloc[:cut], df["abnormal"].iloc[cut:]
print("train until", X_train.index.max(), "| test from", X_test.index.min())

scaler = StandardScaler().fit(X_train)
clf = LogisticRegression(max_iter=500, class_weight="balanced")
clf.fit(scaler.transform(X_train), y_train)

proba = clf.predict_proba(scaler.transform(X_test))[:, 1]
pred = (proba >= 0.5).astype(int)
print("F1 :", round(f1_score(y_test, pred), 3))
print("AUC:", round(roc_auc_score(y_test, proba), 3))
print(classification_report(y_test, pred, digits=3))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(clf, "results/y11_sensor_pump_centered_rolling.joblib")
with open("results/y11_sensor_pump_centered_rolling.json", "w") as fh:
    json.dump({"script": "y11_sensor_pump_centered_rolling", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y11_sensor_pump_centered_rolling.json")
