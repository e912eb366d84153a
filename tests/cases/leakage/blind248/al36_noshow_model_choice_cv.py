#!/usr/bin/env python3
# Outpatient no-show take-home
# Tries three model families, keeps the best one, reports its score and writes predictions.csv.

import warnings
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GroupKFold, cross_val_score
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

# choose the family with grouped 5-fold CV inside the training part; the held-out patients are touched once
cv = GroupKFold(n_splits=5)
test_scores = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", pre), ("model", est)])
    cv_auc = cross_val_score(pipe, X_tr, y_tr, groups=tr["patient_id"], cv=cv, scoring="roc_auc")
    test_scores[name] = cv_auc.mean()   # mean over the CV validation folds
    print(f"{name:7s} CV AUC {cv_auc.mean():.4f} +/- {cv_auc.std():.4f}")

best = max(test_scores, key=test_scores.get)
chosen = Pipeline([("pre", pre), ("model", candidates[best])]).fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print(f"dummy   held-out AUC {roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]):.4f}")
print(f"selected: {best}  -> held-out AUC {roc_auc_score(y_te, chosen.predict_proba(X_te)[:, 1]):.4f}")

final = chosen.fit(train[NUM + CAT], train["no_show"])
pd.DataFrame({"appointment_id": test_file["appointment_id"],
              "prediction": final.predict_proba(test_file[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
