"""CareerCon 2019 - Help Navigate Robots.

Classify the floor surface from 128 IMU measurements per series. Each series is
summarised with per-channel statistics, then a random forest is trained.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, classification_report
from sklearn.model_selection import train_test_split

DIR = "../input/career-con-2019/"
X_train = pd.read_csv(DIR + "X_train.csv")
y_train = pd.read_csv(DIR + "y_train.csv")
X_test = pd.read_csv(DIR + "X_test.csv")
print(X_train.shape, y_train.shape, X_test.shape)

# each recording session (group_id) contains several series, always on one surface
print(y_train.groupby("group_id")["surface"].nunique().value_counts())
print(y_train.groupby("group_id").size().describe())
print(y_train["surface"].value_counts())


def quat_to_euler(x, y, z, w):
    roll = np.arctan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y))
    pitch = np.arcsin(np.clip(2 * (w * y - z * x), -1, 1))
    yaw = np.arctan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z))
    return roll, pitch, yaw


def series_features(raw):
    raw = raw.copy()
    raw["roll"], raw["pitch"], raw["yaw"] = quat_to_euler(
        raw["orientation_X"], raw["orientation_Y"], raw["orientation_Z"], raw["orientation_W"])
    raw["acc_norm"] = np.sqrt(raw["linear_acceleration_X"] ** 2 + raw["linear_acceleration_Y"] ** 2
                              + raw["linear_acceleration_Z"] ** 2)
    raw["gyro_norm"] = np.sqrt(raw["angular_velocity_X"] ** 2 + raw["angular_velocity_Y"] ** 2
                               + raw["angular_velocity_Z"] ** 2)
    channels = [c for c in raw.columns if c not in ("row_id", "series_id", "measurement_number")]
    agg = raw.groupby("series_id")[channels].agg(["mean", "std", "min", "max", "median"])
    agg.columns = ["_".join(c) for c in agg.columns]
    for ch in channels:
        agg[f"{ch}_range"] = agg[f"{ch}_max"] - agg[f"{ch}_min"]
    return agg.reset_index()


feat_train = series_features(X_train).merge(y_train, on="series_id")
feat_test = series_features(X_test)
features = [c for c in feat_test.columns if c != "series_id"]
print(len(features), "features per series")

X_tr, X_va, y_tr, y_va = train_test_split(
    feat_train[features], feat_train["surface"], test_size=0.2,
    stratify=feat_train["surface"], random_state=17,
)
rf = RandomForestClassifier(n_estimators=800, min_samples_leaf=1, max_features="sqrt",
                            n_jobs=-1, random_state=17)
rf.fit(X_tr, y_tr)
pred = rf.predict(X_va)
print(f"validation accuracy: {accuracy_score(y_va, pred):.4f}")
print(classification_report(y_va, pred))

rf.fit(feat_train[features], feat_train["surface"])
sub = pd.DataFrame({"series_id": feat_test["series_id"], "surface": rf.predict(feat_test[features])})
sub.to_csv("submission.csv", index=False)
print(sub["surface"].value_counts())
