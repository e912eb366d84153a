"""30-day readmission.

Approach: encounter-level features + patient history computed from earlier encounters only,
model trained on the first 80% of the timeline (by discharge date) and tested on the last 20%.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmit_30d"
DROP = ["encounter_id", "patient_id", "admit_time", "discharge_time", TARGET,
        "primary_icd10", "days_to_readmit", "post_discharge_ed_visits"]

enc = pd.read_csv("train.csv", parse_dates=["admit_time", "discharge_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time", "discharge_time"])
patients = pd.read_csv("patients.csv")
vitals = pd.read_csv("vitals.csv", parse_dates=["charttime"])


def last_day_vitals(df):
    """Vitals in the 24h before discharge."""
    v = vitals.merge(df[["encounter_id", "discharge_time"]], on="encounter_id")
    v = v[(v.charttime <= v.discharge_time) & (v.charttime > v.discharge_time - pd.Timedelta("24h"))]
    agg = v.groupby("encounter_id").agg(
        hr_mean=("heart_rate", "mean"), hr_max=("heart_rate", "max"),
        sbp_min=("sbp", "min"), rr_max=("resp_rate", "max"),
        spo2_min=("spo2", "min"), temp_max=("temp_c", "max"),
        n_vitals=("heart_rate", "size"))
    return df.merge(agg, left_on="encounter_id", right_index=True, how="left")


def history(df):
    df = df.sort_values(["patient_id", "admit_time"]).copy()
    g = df.groupby("patient_id")
    df["prior_admits"] = g.cumcount()
    df["prev_los"] = ((g["discharge_time"].shift(1) - g["admit_time"].shift(1))
                      .dt.total_seconds() / 86400)
    df["days_since_last"] = (df.admit_time - g["discharge_time"].shift(1)).dt.days
    return df


def prepare(df):
    df = df.merge(patients[["patient_id", "age", "sex", "charlson_index"]], on="patient_id", how="left")
    df["los"] = (df.discharge_time - df.admit_time).dt.total_seconds() / 86400
    df["icd_block"] = df.primary_icd10.str[:3]
    df = history(df)
    df = last_day_vitals(df)
    for c in ["admission_type", "admit_source", "insurance", "sex", "icd_block"]:
        df[c] = df[c].astype("category")
    return df


data = prepare(enc)
test = prepare(test)

data = data.sort_values("discharge_time")
cut = int(len(data) * 0.8)
tr, te = data.iloc[:cut], data.iloc[cut:]
print("train until", tr.discharge_time.max(), "| test from", te.discharge_time.min())

features = [c for c in data.columns if c not in DROP]
clf = xgb.XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8,
                        colsample_bytree=0.8, enable_categorical=True, tree_method="hist",
                        eval_metric="auc")
clf.fit(tr[features], tr[TARGET])
p = clf.predict_proba(te[features])[:, 1]
print(f"AUC {roc_auc_score(te[TARGET], p):.3f}  PR-AUC {average_precision_score(te[TARGET], p):.3f}")

clf.fit(data[features], data[TARGET])
for c in ["admission_type", "admit_source", "insurance", "sex", "icd_block"]:
    test[c] = pd.Categorical(test[c], categories=data[c].cat.categories)
test["prediction"] = clf.predict_proba(test[features])[:, 1]
test[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
