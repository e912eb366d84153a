import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, f1_score

SIGNALS = ["temperature", "vibration", "pressure", "rpm", "current"]

windows = pd.read_csv("train.csv", parse_dates=["window_end"])
readings = pd.read_csv("sensor_readings.csv", parse_dates=["timestamp"])

# ---- sensor summary over the 12h before each window end ----
readings = readings.sort_values("timestamp")
feats = []
for (mid, end), _ in windows.groupby(["machine_id", "window_end"]):
    r = readings[(readings.machine_id == mid) &
                 (readings.timestamp > end - pd.Timedelta(hours=12)) &
                 (readings.timestamp <= end)]
    row = {"machine_id": mid, "window_end": end, "n_readings": len(r)}
    for s in SIGNALS:
        row[f"{s}_mean"] = r[s].mean()
        row[f"{s}_std"] = r[s].std()
        row[f"{s}_last"] = r[s].iloc[-1] if len(r) else np.nan
        row[f"{s}_range"] = r[s].max() - r[s].min()
    feats.append(row)
feats = pd.DataFrame(feats)

df = windows.merge(feats, on=["machine_id", "window_end"], how="left")
df = pd.get_dummies(df, columns=["machine_type", "site"], dtype=int)
feature_cols = [c for c in df.columns if c.split("_")[0] in SIGNALS or c.startswith(("machine_type_", "site_"))]
feature_cols += ["n_readings", "age_years", "last_service_days"]
df[feature_cols] = df[feature_cols].fillna(-1)

# ---- balance the classes (failures are ~6%) ----
majority = df[df.failure_24h == 0]
minority = df[df.failure_24h == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 3, random_state=123)
df_bal = pd.concat([majority, minority_up]).sort_values("window_end")
print("class balance after upsampling:\n", df_bal.failure_24h.value_counts())

# ---- chronological split ----
cut = pd.Timestamp("2023-10-01")
train = df_bal[df_bal.window_end < cut]
test = df_bal[df_bal.window_end >= cut]

rf = RandomForestClassifier(n_estimators=400, max_depth=14, min_samples_leaf=2, n_jobs=-1, random_state=123)
rf.fit(train[feature_cols], train["failure_24h"])
proba = rf.predict_proba(test[feature_cols])[:, 1]

print("test ROC AUC: %.4f" % roc_auc_score(test["failure_24h"], proba))
print("test F1@0.5:  %.4f" % f1_score(test["failure_24h"], proba >= 0.5))
