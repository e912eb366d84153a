"""HVAC fault detection from daily building-automation summaries.

Background: building services engineer. Each row is one building-day exported
from the BMS; `fault` marks days on which an HVAC fault was logged.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
print(df.shape, "buildings:", df.building_id.nunique())
print(df.fault.value_counts())


def engineer(d):
    d = d.sort_values(["building_id", "date"]).copy()
    d["delta_t"] = d.return_temp - d.supply_temp
    d["chiller_kw_m2"] = d.chiller_kw / d.floor_area_m2 * 1000
    d["fan_kw_m2"] = d.fan_kw / d.floor_area_m2 * 1000
    d["age"] = d.date.dt.year - d.year_built
    d["cycles_per_occ"] = d.compressor_cycles / (d.occupancy + 0.05)
    g = d.groupby("building_id")
    d["zone_std_7d"] = g.zone_temp_std.transform(lambda s: s.rolling(7, min_periods=1).mean())
    d["delta_t_7d"] = g.delta_t.transform(lambda s: s.rolling(7, min_periods=1).mean())
    d["cycles_7d"] = g.compressor_cycles.transform(lambda s: s.rolling(7, min_periods=1).mean())
    d["cdd"] = (d.outdoor_temp - 18).clip(lower=0)
    d["hdd"] = (18 - d.outdoor_temp).clip(lower=0)
    d = pd.get_dummies(d, columns=["climate_zone", "building_type", "hvac_type"], dtype=int)
    return d


df = engineer(df)
test = engineer(test)

drop_cols = ["row_id", "building_id", "date", "fault", "technician_visit", "lat", "lon"]
features = [c for c in df.columns if c not in drop_cols]
test = test.reindex(columns=list(dict.fromkeys(["row_id"] + features)), fill_value=0)

X = df[features].fillna(-1)
y = df["fault"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=1, stratify=y)

clf = RandomForestClassifier(n_estimators=500, max_depth=None, min_samples_leaf=2,
                             class_weight="balanced_subsample", n_jobs=-1, random_state=1)
clf.fit(X_train, y_train)

pred = clf.predict(X_test)
print("Test accuracy: %.4f" % accuracy_score(y_test, pred))

importances = pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False)
print("Most important signals:")
print(importances.head(12).round(4).to_string())

clf.fit(X, y)
out = pd.DataFrame({"row_id": test.row_id,
                    "prediction": clf.predict_proba(test[features].fillna(-1))[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.prediction.describe())
