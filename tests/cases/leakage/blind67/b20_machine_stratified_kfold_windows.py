# Predictive maintenance take-home
# sensor history -> rolling stats per machine -> attach to each window with merge_asof -> RF, 5-fold CV
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

SIGNALS = ["temperature", "vibration", "pressure", "rpm", "current"]


def sensor_features(readings):
    readings = readings.sort_values(["machine_id", "timestamp"]).set_index("timestamp")
    parts = []
    for mid, g in readings.groupby("machine_id"):
        f = pd.DataFrame(index=g.index)
        for s in SIGNALS:
            f[f"{s}_mean_6h"] = g[s].rolling("6h").mean()
            f[f"{s}_std_6h"] = g[s].rolling("6h").std()
            f[f"{s}_max_24h"] = g[s].rolling("24h").max()
            f[f"{s}_delta_1h"] = g[s] - g[s].rolling("1h").mean()
        f["machine_id"] = mid
        parts.append(f.reset_index())
    return pd.concat(parts, ignore_index=True).sort_values("timestamp")


windows = pd.read_csv("train.csv", parse_dates=["window_end"]).sort_values("window_end")
test = pd.read_csv("test.csv", parse_dates=["window_end"]).sort_values("window_end")
readings = pd.read_csv("sensor_readings.csv", parse_dates=["timestamp"])

sf = sensor_features(readings)
train_df = pd.merge_asof(windows, sf, left_on="window_end", right_on="timestamp",
                         by="machine_id", direction="backward")
test_df = pd.merge_asof(test, sf, left_on="window_end", right_on="timestamp",
                        by="machine_id", direction="backward")

train_df = pd.get_dummies(train_df, columns=["machine_type", "site"])
test_df = pd.get_dummies(test_df, columns=["machine_type", "site"])

feature_cols = [c for c in train_df.columns if c.endswith(("_6h", "_24h", "_1h"))
                or c.startswith(("machine_type_", "site_"))] + ["age_years", "last_service_days"]
X = train_df[feature_cols].fillna(-999)
y = train_df["failure_24h"]
print(X.shape, "positives:", int(y.sum()))

clf = RandomForestClassifier(n_estimators=300, max_depth=10, class_weight="balanced",
                             n_jobs=-1, random_state=17)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=17)
acc = cross_val_score(clf, X, y, cv=skf, scoring="accuracy")
print("fold accuracy:", acc.round(4))
print("mean accuracy: {:.4f} (+/- {:.4f})".format(acc.mean(), acc.std()))

clf.fit(X, y)
X_test = test_df.reindex(columns=feature_cols, fill_value=0).fillna(-999)
pd.DataFrame({"window_id": test_df["window_id"],
              "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
