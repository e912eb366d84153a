"""Readmission model: train on 2019-2021 admissions, validate on 2022."""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
labs = pd.read_csv("lab_events.csv", parse_dates=["lab_ts"])

stays = stays.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)
stays["los_days"] = (stays.discharge_date - stays.admit_date).dt.days
hist = stays.groupby("patient_id")
stays["n_prev"] = hist.cumcount()
stays["gap_days"] = (stays.admit_date - hist.discharge_date.shift(1)).dt.days

# labs drawn in the 90 days before admission
pre = stays[["stay_id", "patient_id", "admit_date", "discharge_date"]].merge(labs, on="patient_id")
pre = pre[(pre.lab_ts < pre.admit_date)
          & (pre.lab_ts >= pre.admit_date - pd.Timedelta(days=90))]
lab_max = pre.pivot_table(index="stay_id", columns="lab_name", values="value", aggfunc="max").add_suffix("_max")
lab_n = pre.groupby("stay_id").size().rename("n_labs_pre")
stays = stays.join(lab_max, on="stay_id").join(lab_n, on="stay_id")
stays["n_labs_pre"] = stays["n_labs_pre"].fillna(0)

features = ["age", "n_diagnoses", "n_procedures", "los_days", "emergency_admit", "icu_days",
            "n_prev", "gap_days", "n_labs_pre"] + list(lab_max.columns)

year = stays.admit_date.dt.year
train, test = stays[year <= 2021], stays[year == 2022]

pos_weight = (train.readmitted_30d == 0).sum() / max((train.readmitted_30d == 1).sum(), 1)
clf = XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.04, subsample=0.8,
                    colsample_bytree=0.8, scale_pos_weight=pos_weight, eval_metric="aucpr")
clf.fit(train[features], train.readmitted_30d)
proba = clf.predict_proba(test[features])[:, 1]
flag = proba >= 0.5

print("AUROC     ", round(roc_auc_score(test.readmitted_30d, proba), 3))
print("AUPRC     ", round(average_precision_score(test.readmitted_30d, proba), 3))
print("precision ", round(precision_score(test.readmitted_30d, flag), 3))
print("recall    ", round(recall_score(test.readmitted_30d, flag), 3))
