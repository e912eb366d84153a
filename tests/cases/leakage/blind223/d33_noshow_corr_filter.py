# No-show take-home -- feature screening by correlation, then an ExtraTrees model.
# Evaluation: last two months of appointments, first-time patients only.

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

MIN_ABS_CORR = 0.02

df = pd.read_csv("train.csv", parse_dates=["appointment_date", "scheduled_date"])
df = df.sort_values("appointment_date").reset_index(drop=True)

# --- candidate features (row-wise) ---------------------------------------------------------
df["lead_days"] = (df.appointment_date - df.scheduled_date).dt.days.clip(lower=0)
df["lead_sq"] = df["lead_days"] ** 2
df["lead_gt_30"] = (df["lead_days"] > 30).astype(int)
df["hour"] = df.appointment_date.dt.hour
df["dow"] = df.appointment_date.dt.dayofweek
df["month"] = df.appointment_date.dt.month
df["sched_dow"] = df.scheduled_date.dt.dayofweek
df["age_sq"] = df["age"] ** 2
df["teen"] = df["age"].between(13, 19).astype(int)
df["chronic"] = ((df["hypertension"] + df["diabetes"]) > 0).astype(int)
df["sms_x_lead"] = df["sms_received"] * df["lead_days"]

onehot = pd.get_dummies(df[["gender", "specialty", "visit_type", "clinic"]], dtype=int)
cand = pd.concat([df[["age", "age_sq", "teen", "lead_days", "lead_sq", "lead_gt_30", "hour", "dow",
                      "month", "sched_dow", "sms_received", "scholarship", "hypertension", "diabetes",
                      "chronic", "sms_x_lead"]], onehot], axis=1)
print("candidates:", cand.shape[1])

# --- screen -----------------------------------------------------------------------------------
corr = cand.corrwith(df["no_show"]).abs().sort_values(ascending=False)
print(corr.head(20).round(4))
selected = corr[corr >= MIN_ABS_CORR].index.tolist()
print(f"kept {len(selected)} of {cand.shape[1]}")

# --- split --------------------------------------------------------------------------------------
split_date = df.appointment_date.max() - pd.Timedelta(days=60)
train_rows = df.appointment_date <= split_date
seen_patients = df.loc[train_rows, "patient_id"].unique()
eval_rows = (df.appointment_date > split_date) & ~df.patient_id.isin(seen_patients)

Xtr, ytr = cand.loc[train_rows, selected], df.loc[train_rows, "no_show"]
Xev, yev = cand.loc[eval_rows, selected], df.loc[eval_rows, "no_show"]
print("train", Xtr.shape, "eval", Xev.shape)

# --- models ---------------------------------------------------------------------------------------
baseline = DummyClassifier(strategy="prior").fit(Xtr, ytr)
p_base = baseline.predict_proba(Xev)[:, 1]

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=20, max_features=0.6,
                          class_weight="balanced_subsample", n_jobs=-1, random_state=8)
et.fit(Xtr, ytr)
p_et = et.predict_proba(Xev)[:, 1]

for name, p in [("baseline", p_base), ("extratrees", p_et)]:
    print(f"{name:11s} ROC AUC {roc_auc_score(yev, p):.4f}   PR AUC {average_precision_score(yev, p):.4f}")

print(classification_report(yev, (p_et >= 0.5).astype(int), digits=3))

top = pd.Series(et.feature_importances_, index=selected).sort_values(ascending=False).head(12)
print(top.round(4))
