"""Pump failure early warning from the 52-sensor pump dataset.
Label: failure within the next 24h (precomputed by the reliability team)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

raw = pd.read_csv("pump_sensor.csv", parse_dates=["timestamp"])
raw = raw.sort_values("timestamp").set_index("timestamp")
raw = raw.drop(columns=["Unnamed: 0", "sensor_15"], errors="ignore")  # sensor_15 is all NaN
print(raw.shape, raw.index.min(), raw.index.max())

sensor_cols = [c for c in raw.columns if c.startswith("sensor_")]
print(raw[sensor_cols].isna().mean().sort_values(ascending=False).head(8))

# sensors drop out for minutes to hours: fill the gaps
raw[sensor_cols] = raw[sensor_cols].interpolate(method="time").bfill()

# downsample to 10-minute resolution
df = raw[sensor_cols].resample("10min").mean()
df["fail_24h"] = raw["fail_24h"].resample("10min").max()

# trailing window features
for c in sensor_cols[:12]:
    df[f"{c}_mean_1h"] = df[c].rolling("1h").mean()
    df[f"{c}_std_6h"] = df[c].rolling("6h").std()
df = df.dropna()

cutoff = pd.Timestamp("2018-07-01")
train = df[df.index < cutoff]
test = df[df.index >= cutoff]
print("train", train.shape, train["fail_24h"].mean(), "| test", test.shape, test["fail_24h"].mean())

features = [c for c in df.columns if c != "fail_24h"]
clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, subsample=0.8, subsample_freq=1,
                         colsample_bytree=0.6, is_unbalance=True, random_state=0, verbose=-1)
clf.fit(train[features], train["fail_24h"])

p = clf.predict_proba(test[features])[:, 1]
print("test ROC AUC:", round(roc_auc_score(test["fail_24h"], p), 4))
print("test PR AUC :", round(average_precision_score(test["fail_24h"], p), 4))

imp = pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
