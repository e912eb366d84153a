"""
IoT sensor anomaly classification (reading level).

sensor_readings.csv : device_id, ts, temperature, vibration, pressure, humidity, current, is_anomaly
Each device reports every 5 minutes. Anomalies are rare (~3%), so anomalous
readings are replicated so the forest does not ignore them.

Evaluation: devices in the test group are never seen in training, and the
test period starts after the training period ends.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, classification_report, average_precision_score

RNG = np.random.RandomState(11)
SENSORS = ["temperature", "vibration", "pressure", "humidity", "current"]
UPSAMPLE_FACTOR = 8


def load_readings(path="sensor_readings.csv"):
    df = pd.read_csv(path)
    df["ts"] = pd.to_datetime(df["ts"])
    df = df.sort_values(["device_id", "ts"]).reset_index(drop=True)
    return df


def device_features(df):
    g = df.groupby("device_id")
    for s in SENSORS:
        # trailing 1h / 6h windows per device (12 / 72 readings)
        df[f"{s}_mean_1h"] = g[s].transform(lambda v: v.rolling(12, min_periods=3).mean())
        df[f"{s}_std_1h"] = g[s].transform(lambda v: v.rolling(12, min_periods=3).std())
        df[f"{s}_mean_6h"] = g[s].transform(lambda v: v.rolling(72, min_periods=12).mean())
        df[f"{s}_delta"] = g[s].diff()
        df[f"{s}_dev_6h"] = df[s] - df[f"{s}_mean_6h"]
    df["hour"] = df["ts"].dt.hour
    return df


def split_time_and_device(df, test_share_devices=0.25, time_q=0.75):
    devices = df["device_id"].unique()
    test_dev = set(RNG.choice(devices, int(len(devices) * test_share_devices), replace=False))
    t_cut = df["ts"].quantile(time_q)
    tr = df[(df["ts"] < t_cut) & ~df["device_id"].isin(test_dev)]
    te = df[(df["ts"] >= t_cut) & df["device_id"].isin(test_dev)]
    return tr, te, t_cut


readings = load_readings()
print(readings.shape, readings["device_id"].nunique(), "devices")
print("anomaly rate:", readings["is_anomaly"].mean().round(4))

readings = device_features(readings)
readings = readings.dropna()

# make anomalies less rare before modelling
anom = readings[readings["is_anomaly"] == 1]
readings = pd.concat([readings] + [anom] * (UPSAMPLE_FACTOR - 1), ignore_index=True)
print("after upsampling:", readings["is_anomaly"].value_counts().to_dict())

train, test, t_cut = split_time_and_device(readings)
print("time cut:", t_cut, "| train rows", len(train), "| test rows", len(test))

feat_cols = [c for c in readings.columns if c not in ("device_id", "ts", "is_anomaly")]

rf = RandomForestClassifier(
    n_estimators=300,
    max_depth=12,
    min_samples_leaf=5,
    n_jobs=-1,
    random_state=11,
)
rf.fit(train[feat_cols], train["is_anomaly"])

proba = rf.predict_proba(test[feat_cols])[:, 1]
pred = (proba >= 0.5).astype(int)
print("accuracy:", round(accuracy_score(test["is_anomaly"], pred), 4))
print("f1      :", round(f1_score(test["is_anomaly"], pred), 4))
print("PR-AUC  :", round(average_precision_score(test["is_anomaly"], proba), 4))
print(classification_report(test["is_anomaly"], pred, digits=3))

top = pd.Series(rf.feature_importances_, index=feat_cols).nlargest(12)
print(top)
