"""Water pump sensor data (52 sensors, one reading per minute, Apr-Aug 2018).

Detect abnormal operation (BROKEN / RECOVERING) from the current readings and
their recent trend. Train on April-June, test on July-August.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (
    classification_report,
    roc_auc_score,
    average_precision_score,
    f1_score,
)

CUTOFF = "2018-07-01"

df = pd.read_csv("sensor.csv", parse_dates=["timestamp"])
df = df.drop(columns=["Unnamed: 0"]).sort_values("timestamp").set_index("timestamp")
print(df.shape)
print(df["machine_status"].value_counts())

# sensor_15 is empty, sensor_50 misses a third of the period
missing = df.isna().mean().sort_values(ascending=False)
print(missing.head(8).round(3))
df = df.drop(columns=["sensor_15", "sensor_50"])
sensors = [c for c in df.columns if c.startswith("sensor_")]

df["abnormal"] = (df["machine_status"] != "NORMAL").astype(int)

ax = df["sensor_04"].plot(figsize=(14, 3), lw=0.5)
broken = df.index[df["machine_status"] == "BROKEN"]
for t in broken:
    ax.axvline(t, color="r", lw=0.8)
plt.savefig("pump_sensor04.png", dpi=100)

# ------------------------------------------------------------------ features
feat = df[sensors].copy()
for c in ["sensor_00", "sensor_02", "sensor_04", "sensor_06", "sensor_07", "sensor_08",
          "sensor_09", "sensor_10", "sensor_11", "sensor_12", "sensor_51"]:
    feat[c + "_m30"] = df[c].rolling("30min", min_periods=1).mean()
    feat[c + "_s30"] = df[c].rolling("30min", min_periods=2).std()
    feat[c + "_d10"] = df[c] - df[c].shift(10)

y = df["abnormal"]
X_train, X_test = feat.loc[feat.index < CUTOFF], feat.loc[feat.index >= CUTOFF]
y_train, y_test = y.loc[y.index < CUTOFF], y.loc[y.index >= CUTOFF]

fill_values = X_train.mean()
X_train = X_train.fillna(fill_values)
X_test = X_test.fillna(fill_values)
print("train", X_train.shape, "positives", y_train.mean().round(4))
print("test ", X_test.shape, "positives", y_test.mean().round(4))

# ------------------------------------------------------------------ model
rf = RandomForestClassifier(
    n_estimators=200,
    max_depth=14,
    min_samples_leaf=20,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=0,
)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
proba_dummy = dummy.predict_proba(X_test)[:, 1]

for name, p in [("dummy (stratified)", proba_dummy), ("random forest", proba)]:
    print(
        f"{name:20s} ROC-AUC {roc_auc_score(y_test, p):.3f}  "
        f"PR-AUC {average_precision_score(y_test, p):.3f}  "
        f"F1@0.5 {f1_score(y_test, (p >= 0.5).astype(int)):.3f}"
    )

print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

imp = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(15).round(4).to_string())

out = pd.DataFrame({"p_abnormal": proba, "status": df.loc[X_test.index, "machine_status"]}, index=X_test.index)
out.to_csv("pump_test_scores.csv")
out["p_abnormal"].resample("1h").max().plot(figsize=(14, 3))
plt.savefig("pump_test_scores.png", dpi=100)
