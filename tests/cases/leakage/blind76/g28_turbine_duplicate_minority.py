# Fault prediction on turbine SCADA snapshots.
# Faults are rare, so I upweight them by duplicating the positive rows 8x before
# cross-validation. CV is grouped by turbine.

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

data = pd.read_csv("train.csv")

feature_cols = ["wind_speed_ms", "rotor_rpm", "power_kw", "gearbox_oil_temp_c", "gearbox_bearing_temp_c",
                "generator_temp_c", "nacelle_temp_c", "ambient_temp_c", "pitch_angle_deg",
                "vibration_rms_mm_s", "yaw_error_deg"]

pos = data[data.fault_next_24h == 1]
data_up = pd.concat([data] + [pos] * 7, ignore_index=True)
print("rows before/after:", len(data), len(data_up), "pos share:", round(data_up.fault_next_24h.mean(), 3))

X = data_up[feature_cols]
y = data_up["fault_next_24h"]
groups = data_up["turbine_id"]

gkf = GroupKFold(n_splits=5)
rows = []
for i, (tr, te) in enumerate(gkf.split(X, y, groups)):
    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_leaf_nodes=31, random_state=i)
    model.fit(X.iloc[tr], y.iloc[tr])
    p = model.predict_proba(X.iloc[te])[:, 1]

    base = DummyClassifier(strategy="stratified", random_state=i).fit(X.iloc[tr], y.iloc[tr])
    pb = base.predict_proba(X.iloc[te])[:, 1]

    rows.append({
        "fold": i,
        "auc": roc_auc_score(y.iloc[te], p),
        "ap": average_precision_score(y.iloc[te], p),
        "precision": precision_score(y.iloc[te], p > 0.5),
        "recall": recall_score(y.iloc[te], p > 0.5),
        "baseline_auc": roc_auc_score(y.iloc[te], pb),
        "baseline_ap": average_precision_score(y.iloc[te], pb),
    })

summary = pd.DataFrame(rows)
print(summary.round(3))
print(summary.mean().round(3))
