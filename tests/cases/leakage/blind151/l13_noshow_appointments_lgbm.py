# Medical appointment no-shows (Vitoria, Brazil - KaggleV2-May-2016.csv)
# Predict whether a patient misses a scheduled appointment.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from sklearn.model_selection import train_test_split

pd.options.display.width = 120

appts = pd.read_csv("data/KaggleV2-May-2016.csv")
appts = appts.rename(columns={"Hipertension": "Hypertension", "Handcap": "Handicap", "No-show": "NoShow"})
print(appts.shape)
print(appts.head())

# --- basic cleaning ---------------------------------------------------------
appts = appts[(appts["Age"] >= 0) & (appts["Age"] <= 110)]
appts["ScheduledDay"] = pd.to_datetime(appts["ScheduledDay"]).dt.tz_localize(None)
appts["AppointmentDay"] = pd.to_datetime(appts["AppointmentDay"]).dt.tz_localize(None)
appts["lead_days"] = (appts["AppointmentDay"].dt.normalize() - appts["ScheduledDay"].dt.normalize()).dt.days
appts = appts[appts["lead_days"] >= 0]
appts["target"] = (appts["NoShow"] == "Yes").astype(int)

# --- a bit of EDA -------------------------------------------------------------
per_patient = appts.groupby("PatientId")["AppointmentID"].count()
print("patients:", per_patient.shape[0], " appointments:", len(appts))
print(per_patient.describe())
print("no-show rate:", appts["target"].mean().round(3))
print(appts.groupby("SMS_received")["target"].mean())

# --- features -----------------------------------------------------------------
appts["appt_dow"] = appts["AppointmentDay"].dt.dayofweek
appts["sched_hour"] = appts["ScheduledDay"].dt.hour
appts["same_day"] = (appts["lead_days"] == 0).astype(int)
appts["is_female"] = (appts["Gender"] == "F").astype(int)
appts["age_band"] = pd.cut(appts["Age"], bins=[-1, 12, 18, 30, 45, 60, 75, 120], labels=False)
hood = pd.get_dummies(appts["Neighbourhood"], prefix="nb", dtype=int)

num_cols = ["Age", "age_band", "is_female", "Scholarship", "Hypertension", "Diabetes", "Alcoholism",
            "Handicap", "SMS_received", "lead_days", "same_day", "appt_dow", "sched_hour"]
X = pd.concat([appts[num_cols], hood], axis=1)
y = appts["target"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)

# --- baseline -------------------------------------------------------------------
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("baseline AUC:", roc_auc_score(y_te, base.predict_proba(X_te)[:, 1]))

# --- LightGBM -------------------------------------------------------------------
clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.7, random_state=11)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]
print("LGBM AUC: %.4f  AP: %.4f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p)))
print(classification_report(y_te, (p > 0.3).astype(int), digits=3))

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
