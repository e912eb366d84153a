"""Predictive maintenance take-home: failure in the next 7 days per machine.

Logistic regression on sensor history, evaluated on the final 90 days.
"""
import numpy as np
import pandas as pd

TARGET = "fail_next_7d"

df = pd.read_csv("train.csv", parse_dates=["reading_date"])
df = df.sort_values(["machine_id", "reading_date"]).reset_index(drop=True)

# sensor history per machine, past days only
g = df.groupby("machine_id")
for col in ["vibration_rms", "temperature_c", "pressure_bar"]:
    df[f"{col}_mean7"] = g[col].transform(lambda s: s.shift(1).rolling(7, min_periods=1).mean())
    df[f"{col}_delta"] = df[col] - df[f"{col}_mean7"]
df["errors_7d"] = g["error_count"].transform(lambda s: s.shift(1).rolling(7, min_periods=1).sum())

SENSORS = ["vibration_rms", "temperature_c", "pressure_bar", "runtime_hours", "error_count",
           "vibration_rms_mean7", "temperature_c_mean7", "pressure_bar_mean7",
           "vibration_rms_delta", "temperature_c_delta", "pressure_bar_delta", "errors_7d"]

# last 90 days are held out; labels look 7 days ahead, so leave a 7-day gap
cutoff = df["reading_date"].max() - pd.Timedelta(days=90)
gap = pd.Timedelta(days=7)

df = pd.get_dummies(df, columns=["model_type"], dtype=int)
MODEL_DUMMIES = [c for c in df.columns if c.startswith("model_type_")]
FEATURES = SENSORS + MODEL_DUMMIES

from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = df[df["reading_date"] < cutoff - gap]
test = df[df["reading_date"] >= cutoff]

clf = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
clf.fit(train[FEATURES], train[TARGET])
pred = clf.predict(test[FEATURES])

majority = DummyClassifier(strategy="most_frequent").fit(train[FEATURES], train[TARGET])
print(f"baseline accuracy (never fails): {accuracy_score(test[TARGET], majority.predict(test[FEATURES])):.4f}")
print(f"logistic accuracy:               {accuracy_score(test[TARGET], pred):.4f}")
