import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

readings = pd.read_csv("train.csv", parse_dates=["reading_week"])
test = pd.read_csv("test.csv", parse_dates=["reading_week"])
print(readings.shape, readings["pump_id"].nunique(), "pumps")
print(readings["failure_within_14d"].mean())
print(readings.head())

def pump_features(frame):
    frame = frame.sort_values(["pump_id", "reading_week"]).copy()
    g = frame.groupby("pump_id")
    frame["vib_lag1"] = g["vibration_rms"].shift(1)
    frame["vib_roll4"] = g["vibration_rms"].transform(lambda s: s.rolling(4, min_periods=1).mean())
    frame["temp_delta"] = g["temp_c"].diff()
    frame["alarms_cum"] = g["alarms_7d"].cumsum()
    frame["weeks_observed"] = g.cumcount()
    return frame

readings = pump_features(readings)
test = pump_features(test)
DROP = ["reading_id", "pump_id", "reading_week", "failure_within_14d", "maintenance_order_opened", "downtime_hours_next"]
feats = [c for c in readings.columns if c not in DROP]
X = pd.get_dummies(readings[feats], columns=["site", "model_type"], dtype=float)
y = readings["failure_within_14d"]

pumps = readings["pump_id"].unique()
rng = np.random.default_rng(3)
val_pumps = rng.choice(pumps, size=len(pumps) // 4, replace=False)
cut = pd.Timestamp("2024-07-01")
tr = (readings["reading_week"] < cut) & ~readings["pump_id"].isin(val_pumps)
va = (readings["reading_week"] >= cut) & readings["pump_id"].isin(val_pumps)
X_tr, y_tr, X_va, y_va = X[tr], y[tr], X[va], y[va]

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
hgb.fit(X_tr, y_tr)
p = hgb.predict_proba(X_va)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
print("hgb   AUC %.3f AP %.3f" % (roc_auc_score(y_va, p), average_precision_score(y_va, p)))
print("prior AUC %.3f AP %.3f" % (roc_auc_score(y_va, p0), average_precision_score(y_va, p0)))

hgb.fit(X, y)
X_te = pd.get_dummies(test[feats], columns=["site", "model_type"], dtype=float).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"reading_id": test["reading_id"], "prediction": hgb.predict_proba(X_te)[:, 1]}).to_csv("predictions.csv", index=False)
