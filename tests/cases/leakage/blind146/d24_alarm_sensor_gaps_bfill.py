# Equipment alarm model.
# Sensor feeds drop out now and then (NaN). Fill gaps within each machine, then
# train a gradient boosting model; evaluate out-of-time on machines not seen in
# the training window.
import pandas as pd
import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report

TARGET = "failure_next_24h"
SENSORS = ["temperature", "vibration", "pressure", "rpm", "voltage"]

readings = pd.read_csv("train.csv", parse_dates=["reading_time"])
scoring_set = pd.read_csv("test.csv", parse_dates=["reading_time"])

print(readings[SENSORS].isna().mean().round(4))


def fill_and_engineer(frame):
    frame = frame.sort_values(["machine_id", "reading_time"]).copy()
    # a dropped reading takes the next available value from the same machine
    frame[SENSORS] = frame.groupby("machine_id")[SENSORS].bfill()
    frame["temp_rise"] = frame.groupby("machine_id")["temperature"].diff()
    frame["vib_rise"] = frame.groupby("machine_id")["vibration"].diff()
    frame["power_proxy"] = frame["voltage"] * frame["rpm"] / 1000.0
    frame["overdue_maintenance"] = (frame["hours_since_maintenance"] > 720).astype(int)
    frame["model_type"] = frame["model_type"].astype("category")
    return frame


readings = fill_and_engineer(readings)
scoring_set = fill_and_engineer(scoring_set)
FEATURES = SENSORS + ["temp_rise", "vib_rise", "power_proxy", "overdue_maintenance",
                      "hours_since_maintenance", "error_count_24h", "model_type"]

cutoff = pd.Timestamp("2024-05-01")
train = readings[readings["reading_time"] < cutoff]
after = readings[readings["reading_time"] >= cutoff]
valid = after[~after["machine_id"].isin(set(train["machine_id"]))]
print("train", train.shape, "valid", valid.shape)

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, class_weight="balanced",
                                     categorical_features="from_dtype", random_state=7)
hgb.fit(train[FEATURES], train[TARGET])
base = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])

p_model = hgb.predict_proba(valid[FEATURES])[:, 1]
p_base = base.predict_proba(valid[FEATURES])[:, 1]
print("baseline AP:", round(average_precision_score(valid[TARGET], p_base), 4))
print("model    AP:", round(average_precision_score(valid[TARGET], p_model), 4),
      " ROC AUC:", round(roc_auc_score(valid[TARGET], p_model), 4))
print(classification_report(valid[TARGET], (p_model > 0.5).astype(int), digits=3))

hgb.fit(readings[FEATURES], readings[TARGET])
scoring_set["prediction"] = hgb.predict_proba(scoring_set[FEATURES])[:, 1]
scoring_set[["reading_id", "prediction"]].to_csv("predictions.csv", index=False)
