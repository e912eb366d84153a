"""Failure-in-24h model from rolled sensor windows (tsfresh).

Steps: roll 6h windows -> extract_features -> impute -> chronological split ->
select_features on the early windows -> random forest, compared with a prior-only dummy.
"""
import numpy as np
import pandas as pd
from tsfresh import extract_features, select_features
from tsfresh.feature_extraction import EfficientFCParameters
from tsfresh.utilities.dataframe_functions import roll_time_series, impute
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SIGNALS = ["temperature", "vibration", "pressure", "rpm", "current"]

windows = pd.read_csv("train.csv", parse_dates=["window_end"])
readings = pd.read_csv("sensor_readings.csv", parse_dates=["timestamp"]).sort_values(
    ["machine_id", "timestamp"])

rolled = roll_time_series(readings[["machine_id", "timestamp"] + SIGNALS],
                          column_id="machine_id", column_sort="timestamp",
                          max_timeshift=35, min_timeshift=5, n_jobs=4)
wanted = set(zip(windows.machine_id, windows.window_end))
rolled = rolled[rolled["id"].isin(wanted)].drop(columns=["machine_id"])

features = extract_features(rolled, column_id="id", column_sort="timestamp",
                            default_fc_parameters=EfficientFCParameters(), n_jobs=4)
print("raw tsfresh matrix:", features.shape)
features = impute(features)

lab = windows.set_index(["machine_id", "window_end"])[["failure_24h", "age_years", "last_service_days"]]
lab.index = lab.index.to_flat_index()
data = features.join(lab, how="inner")
data["window_end"] = [k[1] for k in data.index]
data = data.sort_values("window_end")

cut = data["window_end"].quantile(0.8)
tr = data[data.window_end < cut]
va = data[data.window_end >= cut]
print(f"train {len(tr)} windows (< {cut}), validation {len(va)} windows")

X_tr = tr.drop(columns=["failure_24h", "window_end"])
X_va = va.drop(columns=["failure_24h", "window_end"])
y_tr, y_va = tr["failure_24h"], va["failure_24h"]

X_tr_sel = select_features(X_tr, y_tr, fdr_level=0.05)
keep = X_tr_sel.columns
print("selected", len(keep), "of", X_tr.shape[1])

rf = RandomForestClassifier(n_estimators=400, class_weight="balanced_subsample",
                            min_samples_leaf=3, n_jobs=-1, random_state=42)
rf.fit(X_tr_sel, y_tr)
p = rf.predict_proba(X_va[keep])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr_sel, y_tr)
p0 = dummy.predict_proba(X_va[keep])[:, 1]

print("random forest: ROC AUC %.3f | AP %.3f" % (roc_auc_score(y_va, p), average_precision_score(y_va, p)))
print("dummy prior:   ROC AUC %.3f | AP %.3f" % (roc_auc_score(y_va, p0), average_precision_score(y_va, p0)))
