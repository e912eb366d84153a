"""Detecting pump failure states from 52 sensors (minute resolution)."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

raw = pd.read_csv("data/pump_sensor.csv", parse_dates=["timestamp"])
raw = raw.drop(columns=["Unnamed: 0", "sensor_15"], errors="ignore")
raw = raw.sort_values("timestamp").set_index("timestamp")

sensors = [c for c in raw.columns if c.startswith("sensor_")]
print(raw[sensors].isna().mean().sort_values(ascending=False).head(6))

# fill gaps in the sensor streams
raw[sensors] = raw[sensors].interpolate(method="time", limit_direction="both").bfill()

raw["abnormal"] = (raw["machine_status"] != "NORMAL").astype(int)
print(raw["machine_status"].value_counts())

KEY_SENSORS = ["sensor_00", "sensor_04", "sensor_06", "sensor_07", "sensor_08", "sensor_09", "sensor_10", "sensor_11"]
rolling_cols = []
for col in KEY_SENSORS:
    for w in (30, 120):
        raw[f"{col}_mean_{w}"] = raw[col].rolling(w, min_periods=1).mean()
        raw[f"{col}_std_{w}"] = raw[col].rolling(w, min_periods=2).std()
        rolling_cols += [f"{col}_mean_{w}", f"{col}_std_{w}"]

data = raw.dropna(subset=rolling_cols)
X = data[sensors + rolling_cols]
y = data["abnormal"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

forest = RandomForestClassifier(n_estimators=200, max_depth=12, n_jobs=-1, random_state=0)
forest.fit(X_train, y_train)
proba = forest.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print(classification_report(y_test, pred, digits=4))
print("F1     :", round(f1_score(y_test, pred), 4))
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
imp = pd.Series(forest.feature_importances_, index=X.columns).nlargest(10)
print(imp)
