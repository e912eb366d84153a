# Medical appointment no-shows (Brazil, Kaggle "KaggleV2-May-2016.csv")
# Will the patient miss the appointment?

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("KaggleV2-May-2016.csv")
df = df.rename(columns={"Hipertension": "Hypertension", "Handcap": "Handicap",
                        "No-show": "NoShow"})
print(df.shape)
print(df["NoShow"].value_counts(normalize=True))

# patients book many appointments
appts = df.groupby("PatientId").size()
print("appointments per patient:", appts.describe().round(2).to_dict())

df["ScheduledDay"] = pd.to_datetime(df["ScheduledDay"]).dt.tz_localize(None)
df["AppointmentDay"] = pd.to_datetime(df["AppointmentDay"]).dt.tz_localize(None)

# date parts and booking lead time
df["lead_days"] = (df["AppointmentDay"].dt.normalize() - df["ScheduledDay"].dt.normalize()).dt.days
df = df[(df["lead_days"] >= 0) & (df["Age"] >= 0)]
df["appt_dow"] = df["AppointmentDay"].dt.dayofweek
df["sched_hour"] = df["ScheduledDay"].dt.hour
df["same_day"] = (df["lead_days"] == 0).astype(int)

df["y"] = (df["NoShow"] == "Yes").astype(int)
df["female"] = (df["Gender"] == "F").astype(int)

features = ["Age", "female", "Scholarship", "Hypertension", "Diabetes", "Alcoholism",
            "Handicap", "SMS_received", "lead_days", "appt_dow", "sched_hour", "same_day"]
X = df[features]
y = df["y"]
groups = df["PatientId"]

cv = GroupKFold(n_splits=5)
models = {
    "baseline (prior)": DummyClassifier(strategy="prior"),
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "hist_gbm": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0),
}

for name, model in models.items():
    res = cross_validate(model, X, y, groups=groups, cv=cv,
                         scoring=["roc_auc", "average_precision"])
    print(f"{name:17s} ROC-AUC {res['test_roc_auc'].mean():.4f} +/- {res['test_roc_auc'].std():.4f} | "
          f"PR-AUC {res['test_average_precision'].mean():.4f}")
