# Wind farm fault forecasting - turbine "health profile" features.
#
# Some turbines are chronically unreliable (older gearbox batch, bad site exposure).
# I summarise each turbine's behaviour into a profile (how often it faults, its typical
# vibration and bearing temperature) and give the model that profile next to the
# current readings. Validation: last 20% of the timeline.
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "fault_next_24h"

train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
train = train.sort_values(["turbine_id", "timestamp"]).reset_index(drop=True)

# --- turbine profiles -----------------------------------------------------------
profile = train.groupby("turbine_id").agg(
    turbine_fault_rate=(TARGET, "mean"),
    turbine_vib_mean=("vibration_rms", "mean"),
    turbine_vib_std=("vibration_rms", "std"),
    turbine_brg_mean=("bearing_temp", "mean"),
    turbine_hours=("reading_id", "size"),
)
print(profile.describe().round(3))


def add_features(d):
    d = d.merge(profile, left_on="turbine_id", right_index=True, how="left")
    d["gbx_minus_amb"] = d.gearbox_oil_temp - d.ambient_temp
    d["load_factor"] = d.power_kw / 2000.0
    d["hour"] = d.timestamp.dt.hour
    return d


train = add_features(train)
FEATS = ["wind_speed", "rotor_rpm", "pitch_deg", "power_kw", "gen_temp", "gearbox_oil_temp",
         "bearing_temp", "nacelle_temp", "ambient_temp", "vibration_rms",
         "turbine_fault_rate", "turbine_vib_mean", "turbine_vib_std", "turbine_brg_mean",
         "turbine_hours", "gbx_minus_amb", "load_factor", "hour"]

cutoff = train.timestamp.quantile(0.8)
tr = train[train.timestamp < cutoff]
va = train[train.timestamp >= cutoff]

pos_weight = (tr[TARGET] == 0).sum() / max((tr[TARGET] == 1).sum(), 1)
clf = XGBClassifier(n_estimators=500, learning_rate=0.04, max_depth=5, subsample=0.8,
                    colsample_bytree=0.8, scale_pos_weight=pos_weight, random_state=4)
clf.fit(tr[FEATS], tr[TARGET])
p = clf.predict_proba(va[FEATS])[:, 1]

print(f"valid ROC AUC {roc_auc_score(va[TARGET], p):.3f}")
print(f"valid PR AUC  {average_precision_score(va[TARGET], p):.3f}")
print(f"valid F1@0.5  {f1_score(va[TARGET], (p > 0.5).astype(int)):.3f}")

imp = pd.Series(clf.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.round(3).head(10).to_string())

clf.fit(train[FEATS], train[TARGET])
test_f = add_features(test)
pd.DataFrame({"reading_id": test_f.reading_id,
              "prediction": clf.predict_proba(test_f[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
