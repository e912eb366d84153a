# Pump failure early-warning model
# data: sensor.csv  (timestamp, sensor_00 .. sensor_51, machine_status)
# one pump, one reading per minute. Predict "not NORMAL within the next hour".
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

HORIZON = 60  # minutes

df = pd.read_csv("sensor.csv")
df = df.drop(columns=["Unnamed: 0"], errors="ignore")
df["timestamp"] = pd.to_datetime(df["timestamp"])
df = df.sort_values("timestamp").set_index("timestamp")

sensors = [c for c in df.columns if c.startswith("sensor_")]
# sensor_15 is empty, sensor_50/51 are mostly missing
sensors = [s for s in sensors if df[s].notna().mean() > 0.8]

# fill the gaps in the sensor signals
df[sensors] = df[sensors].interpolate(method="time").bfill()

# label: any abnormal status in the next HORIZON minutes
abnormal = (df["machine_status"] != "NORMAL").astype(int)
df["target"] = abnormal[::-1].rolling(HORIZON, min_periods=1).max()[::-1].shift(-1)
df = df[df["machine_status"] == "NORMAL"].dropna(subset=["target"])

# trailing features (past hour)
for s in sensors[:12]:
    df[f"{s}_mean60"] = df[s].rolling(60, min_periods=10).mean()
    df[f"{s}_std60"] = df[s].rolling(60, min_periods=10).std()
df = df.dropna()

features = [c for c in df.columns if c not in ("machine_status", "target")]

# chronological split with a one-hour gap (labels look one hour ahead)
cut = df.index[int(len(df) * 0.7)]
train = df[df.index < cut - pd.Timedelta(minutes=HORIZON)]
test = df[df.index >= cut]
print("train", train.index.min(), train.index.max(), "test", test.index.min(), test.index.max())

rf = RandomForestClassifier(n_estimators=200, max_depth=12, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=0)
rf.fit(train[features], train["target"])
p = rf.predict_proba(test[features])[:, 1]
print("AUC", roc_auc_score(test["target"], p))
print("AP ", average_precision_score(test["target"], p))
print(classification_report(test["target"], (p > 0.5).astype(int)))
