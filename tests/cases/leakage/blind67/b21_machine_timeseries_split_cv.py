# Predictive maintenance take-home
# sensor history -> rolling stats per machine -> attach to each window with merge_asof
# -> drop near-duplicate features -> RF, evaluated with forward-chaining CV (TimeSeriesSplit)
import pandas as pd
import numpy as np
from feature_engine.selection import DropCorrelatedFeatures
from sklearn.pipeline import Pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate

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
                         by="machine_id", direction="backward").reset_index(drop=True)
test_df = pd.merge_asof(test, sf, left_on="window_end", right_on="timestamp",
                        by="machine_id", direction="backward")

train_df = pd.get_dummies(train_df, columns=["machine_type", "site"], dtype=float)
test_df = pd.get_dummies(test_df, columns=["machine_type", "site"], dtype=float)

feature_cols = [c for c in train_df.columns if c.endswith(("_6h", "_24h", "_1h"))
                or c.startswith(("machine_type_", "site_"))] + ["age_years", "last_service_days"]
X = train_df[feature_cols].fillna(-999)
y = train_df["failure_24h"]
print(X.shape, "positives:", int(y.sum()))

model = Pipeline([
    ("decorrelate", DropCorrelatedFeatures(method="pearson", threshold=0.95)),
    ("rf", RandomForestClassifier(n_estimators=300, max_depth=10, class_weight="balanced",
                                  n_jobs=-1, random_state=17)),
])
tscv = TimeSeriesSplit(n_splits=5, gap=24)
scoring = ["roc_auc", "average_precision"]
res = cross_validate(model, X, y, cv=tscv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring=scoring)
for m in scoring:
    print(f"{m}: model {np.round(res['test_' + m], 3)} mean={res['test_' + m].mean():.3f} | "
          f"dummy mean={base['test_' + m].mean():.3f}")

model.fit(X, y)
X_test = test_df.reindex(columns=feature_cols, fill_value=0).fillna(-999)
pd.DataFrame({"window_id": test_df["window_id"],
              "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
