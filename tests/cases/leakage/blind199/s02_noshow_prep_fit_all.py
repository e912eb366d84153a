"""No-show take-home: predict whether a patient misses a booked appointment.

Validation: train on appointments before a cutoff, evaluate on later
appointments of patients the model has never seen (new-patient setting).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "no_show"
NUM = ["lead_days", "age", "prior_appts", "days_since_prev", "appt_hour", "appt_dow"]
BIN = ["sms_sent", "scholarship", "hypertension", "diabetes", "alcoholism"]
CAT = ["gender", "neighbourhood"]
FEATS = NUM + BIN + CAT


def add_features(df):
    df = df.copy()
    df["scheduled_at"] = pd.to_datetime(df["scheduled_at"])
    df["appointment_at"] = pd.to_datetime(df["appointment_at"])
    df = df.sort_values(["patient_id", "appointment_at"])
    g = df.groupby("patient_id")
    df["prior_appts"] = g.cumcount()
    df["days_since_prev"] = g["appointment_at"].diff().dt.days
    df["appt_hour"] = df["appointment_at"].dt.hour
    df["appt_dow"] = df["appointment_at"].dt.dayofweek
    df["age"] = df["age"].clip(0, 100)
    return df


def build_preprocessor():
    num = Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())])
    return ColumnTransformer([
        ("num", num, NUM),
        ("bin", "passthrough", BIN),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
    ])


raw_train = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")
df = add_features(raw_train).drop(columns=["checkin_time"])

# encoders + scaler fitted once so train/holdout share the same columns
pre = build_preprocessor().fit(df[FEATS])

# ---- holdout: later appointments, patients unseen in training
cutoff = df["appointment_at"].quantile(0.8)
tr = df[df["appointment_at"] < cutoff]
va = df[df["appointment_at"] >= cutoff]
va = va[~va["patient_id"].isin(set(tr["patient_id"]))]
print(f"train rows {len(tr)}, holdout rows {len(va)} ({va['patient_id'].nunique()} new patients)")

X_tr = pre.transform(tr[FEATS])
X_va = pre.transform(va[FEATS])
clf = LogisticRegression(max_iter=2000, C=0.5)
clf.fit(X_tr, tr[TARGET])
p = clf.predict_proba(X_va)[:, 1]

base = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
p_base = base.predict_proba(va[FEATS])[:, 1]

print(f"baseline  AUC {roc_auc_score(va[TARGET], p_base):.3f}  AP {average_precision_score(va[TARGET], p_base):.3f}")
print(f"logreg    AUC {roc_auc_score(va[TARGET], p):.3f}  AP {average_precision_score(va[TARGET], p):.3f}")

coefs = pd.Series(clf.coef_[0], index=pre.get_feature_names_out())
print(coefs.sort_values(key=np.abs, ascending=False).head(10))

# ---- refit on all labelled rows, predict the test file
full = add_features(pd.concat([raw_train, raw_test], ignore_index=True))
labelled = full[full[TARGET].notna()]
unlabelled = full[full[TARGET].isna()]
final_pre = build_preprocessor().fit(labelled[FEATS])
final = LogisticRegression(max_iter=2000, C=0.5).fit(final_pre.transform(labelled[FEATS]), labelled[TARGET].astype(int))
out = pd.DataFrame({
    "appointment_id": unlabelled["appointment_id"],
    "prediction": final.predict_proba(final_pre.transform(unlabelled[FEATS]))[:, 1],
})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "predictions")
