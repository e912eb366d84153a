"""Readmission: pre-admission lab features (last value + 1-year summary per test)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

LABS = ["creatinine", "hemoglobin", "sodium", "potassium", "glucose", "wbc"]

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
labs = pd.read_csv("lab_events.csv", parse_dates=["lab_ts"])
labs = labs[labs.lab_name.isin(LABS)]

# last known value of each lab before the admission
stays = stays.sort_values("admit_date")
for name in LABS:
    one = (labs.loc[labs.lab_name == name, ["patient_id", "lab_ts", "value"]]
           .rename(columns={"value": f"{name}_last", "lab_ts": f"{name}_ts"})
           .sort_values(f"{name}_ts"))
    stays = pd.merge_asof(stays, one, left_on="admit_date", right_on=f"{name}_ts",
                          by="patient_id", direction="backward", allow_exact_matches=False)
    stays[f"{name}_age_days"] = (stays["admit_date"] - stays[f"{name}_ts"]).dt.days
    stays = stays.drop(columns=f"{name}_ts")

# 1-year summary before the admission
win = stays[["stay_id", "patient_id", "admit_date"]].merge(labs, on="patient_id")
win = win[(win.lab_ts < win.admit_date) & (win.lab_ts >= win.admit_date - pd.Timedelta(days=365))]
summary = win.pivot_table(index="stay_id", columns="lab_name", values="value", aggfunc=["mean", "std"])
summary.columns = [f"{lab}_{stat}_1y" for stat, lab in summary.columns]
summary["n_labs_1y"] = win.groupby("stay_id").size()
stays = stays.merge(summary, left_on="stay_id", right_index=True, how="left")
stays["n_labs_1y"] = stays["n_labs_1y"].fillna(0)
stays["los_days"] = (stays.discharge_date - stays.admit_date).dt.days

lab_feats = [c for c in stays.columns if any(c.startswith(l + "_") for l in LABS)]
features = ["age", "n_diagnoses", "n_procedures", "los_days", "emergency_admit", "n_labs_1y"] + lab_feats

cut = pd.Timestamp("2022-01-01")
train = stays[stays.admit_date < cut]
test = stays[stays.admit_date >= cut]
test = test[~test.patient_id.isin(train.patient_id.unique())]

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15,
                         min_child_samples=50, colsample_bytree=0.7, random_state=0, verbose=-1)
clf.fit(train[features], train.readmitted_30d)
p = clf.predict_proba(test[features])[:, 1]
baseline = DummyClassifier(strategy="prior").fit(train[features], train.readmitted_30d)
pb = baseline.predict_proba(test[features])[:, 1]

print("stays: train %d / test %d" % (len(train), len(test)))
print("baseline AUROC %.3f AUPRC %.3f" % (roc_auc_score(test.readmitted_30d, pb), average_precision_score(test.readmitted_30d, pb)))
print("lightgbm AUROC %.3f AUPRC %.3f" % (roc_auc_score(test.readmitted_30d, p), average_precision_score(test.readmitted_30d, p)))
