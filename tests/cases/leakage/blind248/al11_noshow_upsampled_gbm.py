# no-show model, v0.3
# the no-show class is ~1 in 5, so I upweight it by repeating those appointments
# a few times before training. Split is by patient because people book repeatedly.

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, recall_score, precision_score, f1_score

appts = pd.read_csv("train.csv", parse_dates=["scheduled_at", "appointment_at"])
print(appts.shape)
print(appts.no_show.value_counts())

# ---------------- features ----------------
appts["lead_days"] = (appts.appointment_at - appts.scheduled_at).dt.days.clip(lower=0)
appts["weekday"] = appts.appointment_at.dt.weekday
appts["hour"] = appts.appointment_at.dt.hour
appts["month"] = appts.appointment_at.dt.month
appts["age_band"] = pd.cut(appts.age, [-1, 12, 18, 30, 45, 60, 75, 120], labels=False)
appts["is_female"] = (appts.sex == "F").astype(int)
appts["sms_and_long_lead"] = appts.sms_reminder * (appts.lead_days > 7)
appts = pd.get_dummies(appts, columns=["specialty", "booking_channel", "insurance_type"], dtype=int)

drop = ["appointment_id", "patient_id", "scheduled_at", "appointment_at", "sex", "clinic",
        "no_show", "checkin_time", "visit_duration_min"]
feats = [c for c in appts.columns if c not in drop]
print(len(feats), "features")

# ---------------- rebalance ----------------
pos = appts[appts.no_show == 1]
data = pd.concat([appts, pos, pos], ignore_index=True).sample(frac=1.0, random_state=3)
print("after upsampling:", data.no_show.mean().round(3))

# ---------------- split by patient ----------------
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
i_tr, i_te = next(splitter.split(data, data.no_show, groups=data.patient_id))
train, test = data.iloc[i_tr], data.iloc[i_te]

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                subsample=0.8, random_state=3)
gb.fit(train[feats], train.no_show)
base = DummyClassifier(strategy="prior").fit(train[feats], train.no_show)

proba = gb.predict_proba(test[feats])[:, 1]
pred = (proba >= 0.5).astype(int)
print("baseline AUC :", round(roc_auc_score(test.no_show, base.predict_proba(test[feats])[:, 1]), 3))
print("GBM AUC      :", round(roc_auc_score(test.no_show, proba), 3))
print("precision    :", round(precision_score(test.no_show, pred), 3))
print("recall       :", round(recall_score(test.no_show, pred), 3))
print("F1           :", round(f1_score(test.no_show, pred), 3))
