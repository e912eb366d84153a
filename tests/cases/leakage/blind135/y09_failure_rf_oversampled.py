# failure prediction - random forest
# author: candidate
import pandas as pd
import numpy as np
from imblearn.over_sampling import RandomOverSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
df["timestamp"] = pd.to_datetime(df["timestamp"])
df = df.sort_values(["machine_id", "timestamp"])
print(df.head())
print(df["failure_next_24h"].value_counts())

sensor_cols = ["temperature", "vibration", "pressure", "rpm", "voltage"]
df[sensor_cols] = df.groupby("machine_id")[sensor_cols].ffill().fillna(0)

# trend features
for c in ["temperature", "vibration"]:
    df[c + "_trend6"] = df[c] - df.groupby("machine_id")[c].shift(-6)
    df[c + "_max12"] = df.groupby("machine_id")[c].transform(lambda s: s.rolling(12, min_periods=1).max())
df["err_sum12"] = df.groupby("machine_id")["error_count_1h"].transform(lambda s: s.rolling(12, min_periods=1).sum())
df["hour"] = df["timestamp"].dt.hour
df = df.fillna(0)

# very few failures -> oversample positives so the forest sees enough of them
ros = RandomOverSampler(sampling_strategy=0.2, random_state=0)
df, _ = ros.fit_resample(df, df["failure_next_24h"])
print("after oversampling:", df["failure_next_24h"].value_counts().to_dict())

# last 25% of time, on machines not used for training
machines = df["machine_id"].drop_duplicates().sample(frac=1.0, random_state=3).tolist()
n_test = len(machines) // 4
test_machines = machines[:n_test]
cut = df["timestamp"].quantile(0.75)
train = df[(df["timestamp"] < cut) & (~df["machine_id"].isin(test_machines))]
test = df[(df["timestamp"] >= cut) & (df["machine_id"].isin(test_machines))]

feats = sensor_cols + ["age_days", "error_count_1h", "temperature_trend6", "temperature_max12",
                       "vibration_trend6", "vibration_max12", "err_sum12", "hour"]

rf = RandomForestClassifier(n_estimators=300, max_depth=12, min_samples_leaf=20, n_jobs=-1, random_state=0)
rf.fit(train[feats], train["failure_next_24h"])
pred = rf.predict(test[feats])

majority = np.zeros(len(test), dtype=int)
print("baseline (always 'no failure') accuracy:", accuracy_score(test["failure_next_24h"], majority))
print("random forest accuracy:", accuracy_score(test["failure_next_24h"], pred))
print("predicted failures:", int(pred.sum()), "of", len(pred))

for f, imp in sorted(zip(feats, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"{f:22s} {imp:.3f}")
