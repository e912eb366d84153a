# 30-day readmission - gradient boosting, full training data
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

train = pd.read_csv("train.csv", parse_dates=["admit_time", "discharge_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time", "discharge_time"])
patients = pd.read_csv("patients.csv")
labs = pd.read_csv("labs.csv", parse_dates=["charttime"])

print(train.shape, test.shape)
print(train.isna().sum()[train.isna().sum() > 0])
print(train.groupby("admission_type").readmit_30d.mean())
print(train.groupby("insurance").readmit_30d.mean())
print("patients:", train.patient_id.nunique(), " encounters:", len(train))

# last lab value per encounter before discharge (pandas merge_asof per lab)
def last_labs(df, names=("creatinine", "hemoglobin", "sodium", "bun", "albumin")):
    df = df.sort_values("discharge_time")
    for n in names:
        l = labs[labs.lab_name == n][["patient_id", "charttime", "value"]].sort_values("charttime")
        df = pd.merge_asof(df, l.rename(columns={"value": n}), left_on="discharge_time",
                           right_on="charttime", by="patient_id", direction="backward").drop(columns="charttime")
    return df


def fe(df):
    df = df.merge(patients[["patient_id", "age", "sex", "charlson_index"]], on="patient_id", how="left")
    df = last_labs(df)
    df = df.sort_values(["patient_id", "admit_time"])
    df["n_prev"] = df.groupby("patient_id").cumcount()
    df["gap"] = (df.admit_time - df.groupby("patient_id").discharge_time.shift()).dt.days
    df["los"] = (df.discharge_time - df.admit_time).dt.total_seconds() / 86400
    df["sex"] = (df.sex == "F").astype(int)
    df["emergency"] = df.admission_type.eq("EMERGENCY").astype(int)
    df["icd_chapter"] = df.primary_icd10.str[0].astype("category").cat.codes
    return df


tr = fe(train)
te = fe(test)
cols = ["age", "sex", "charlson_index", "creatinine", "hemoglobin", "sodium", "bun", "albumin",
        "n_prev", "gap", "los", "emergency", "icd_chapter", "n_procedures", "n_medications"]

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=0)
clf.fit(tr[cols], tr.readmit_30d)

p_tr = clf.predict_proba(tr[cols])[:, 1]
print("AUC    :", round(roc_auc_score(tr.readmit_30d, p_tr), 4))
print("PR-AUC :", round(average_precision_score(tr.readmit_30d, p_tr), 4))
print("logloss:", round(log_loss(tr.readmit_30d, p_tr), 4))

from sklearn.inspection import permutation_importance
pi = permutation_importance(clf, tr[cols], tr.readmit_30d, scoring="roc_auc", n_repeats=5, random_state=0)
print(pd.Series(pi.importances_mean, index=cols).sort_values(ascending=False).round(4))

te["prediction"] = clf.predict_proba(te[cols])[:, 1]
te[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
print(te.prediction.describe())
