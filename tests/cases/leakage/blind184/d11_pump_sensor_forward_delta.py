"""
Water pump failure early warning (Kaggle "pump_sensor_data", sensor.csv).

Goal: every hour, predict whether the pump will go BROKEN within the next
24 hours, using the 51 sensor channels.
"""
import numpy as np
import pandas as pd
from pandas.api.indexers import FixedForwardWindowIndexer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score)

HORIZON_H = 24
SENSORS = ["sensor_00", "sensor_04", "sensor_06", "sensor_07", "sensor_08",
           "sensor_10", "sensor_11", "sensor_12", "sensor_44", "sensor_51"]

raw = pd.read_csv("sensor.csv", index_col=0)
raw["timestamp"] = pd.to_datetime(raw["timestamp"])
raw = raw.sort_values("timestamp").set_index("timestamp")
print(raw["machine_status"].value_counts())

raw["broken"] = (raw["machine_status"] == "BROKEN").astype(int)
raw["normal"] = (raw["machine_status"] == "NORMAL").astype(int)

# ---- hourly resampling --------------------------------------------------
hourly = raw[SENSORS].resample("1h").mean()
hourly["broken"] = raw["broken"].resample("1h").max()
hourly["normal"] = raw["normal"].resample("1h").min()
hourly[SENSORS] = hourly[SENSORS].ffill()

# ---- label: does a BROKEN event happen within the next HORIZON_H hours? --
fwd = FixedForwardWindowIndexer(window_size=HORIZON_H)
hourly["fail_next_24h"] = (
    hourly["broken"].shift(-1).rolling(window=fwd, min_periods=1).max()
)

# ---- features ------------------------------------------------------------
for c in SENSORS:
    hourly[f"{c}_delta"] = hourly[c].shift(-1) - hourly[c]
    hourly[f"{c}_mean6"] = hourly[c].shift(1).rolling(6).mean()
    hourly[f"{c}_std6"] = hourly[c].shift(1).rolling(6).std()
hourly["hour"] = hourly.index.hour

# only score hours where the pump is running normally
data = hourly[hourly["normal"] == 1].dropna()
FEATURES = [c for c in data.columns if c.startswith("sensor_")] + ["hour"]
TARGET = "fail_next_24h"
print(data[TARGET].value_counts())

# ---- chronological split, with a gap of one horizon ----------------------
cutoff = pd.Timestamp("2018-06-01")
train = data[data.index < cutoff - pd.Timedelta(hours=HORIZON_H)]
test = data[data.index >= cutoff]
X_train, y_train = train[FEATURES], train[TARGET].astype(int)
X_test, y_test = test[FEATURES], test[TARGET].astype(int)
print("train:", X_train.shape, "test:", X_test.shape)

baseline = DummyClassifier(strategy="stratified", random_state=1)
baseline.fit(X_train, y_train)

clf = RandomForestClassifier(
    n_estimators=300,
    max_depth=12,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=1,
)
clf.fit(X_train, y_train)

for name, model in [("baseline", baseline), ("random forest", clf)]:
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(
        f"{name:14s} precision={precision_score(y_test, pred, zero_division=0):.3f} "
        f"recall={recall_score(y_test, pred):.3f} "
        f"f1={f1_score(y_test, pred):.3f} "
        f"AP={average_precision_score(y_test, proba):.3f}"
    )

importances = pd.Series(clf.feature_importances_, index=FEATURES)
print(importances.sort_values(ascending=False).head(15))
