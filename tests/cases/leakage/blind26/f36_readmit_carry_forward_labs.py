"""Readmission: admission labs, carrying forward the patient's last earlier value when missing."""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
adm_labs = pd.read_csv("admission_labs.csv")
lab_cols = [c for c in adm_labs.columns if c != "stay_id"]

df = stays.merge(adm_labs, on="stay_id", how="left")
df = df.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)

was_missing = df[lab_cols].isna()
df[lab_cols] = df.groupby("patient_id")[lab_cols].ffill()
for c in lab_cols:
    df[f"{c}_carried"] = (was_missing[c] & df[c].notna()).astype(int)

df["los_days"] = (df["discharge_date"] - df["admit_date"]).dt.days
df["n_prev"] = df.groupby("patient_id").cumcount()
df["days_since_prev"] = (df["admit_date"] - df.groupby("patient_id")["discharge_date"].shift()).dt.days
df["days_since_prev"] = df["days_since_prev"].fillna(3650).clip(upper=3650)

features = (["age", "n_diagnoses", "n_procedures", "los_days", "emergency_admit", "n_prev", "days_since_prev"]
            + lab_cols + [f"{c}_carried" for c in lab_cols])

cutoff = pd.Timestamp("2021-10-01")
train = df[df["admit_date"] < cutoff]
test = df[df["admit_date"] >= cutoff]
test = test[~test["patient_id"].isin(train["patient_id"])]

imputer = SimpleImputer(strategy="median").fit(train[features])
scaler = StandardScaler().fit(imputer.transform(train[features]))


def transform(frame):
    return scaler.transform(imputer.transform(frame[features]))


X_train, X_test = transform(train), transform(test)
y_train, y_test = train["readmitted_30d"], test["readmitted_30d"]

clf = LogisticRegression(C=0.5, max_iter=2000).fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_train, y_train)
proba_base = base.predict_proba(X_test)[:, 1]

for name, pr in (("prior", proba_base), ("logistic", proba)):
    print(f"{name:9s} AUROC {roc_auc_score(y_test, pr):.3f}  AUPRC {average_precision_score(y_test, pr):.3f}  "
          f"logloss {log_loss(y_test, pr):.4f}")
