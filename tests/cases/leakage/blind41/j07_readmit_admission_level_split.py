"""Readmission take-home: predict readmit_30d at discharge.

patients.csv      patient_id, birth_year, sex, insurance
admissions.csv    admission_id, patient_id, admit_date, discharge_date, ward,
                  n_procedures, readmit_30d                      (label table)
lab_results.csv   admission_id, test_name, value, abnormal_flag, taken_at
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split

PANEL = ["albumin", "bun", "creatinine", "glucose", "hemoglobin", "potassium", "sodium", "wbc"]

patients = pd.read_csv("patients.csv")
adm = pd.read_csv("admissions.csv", parse_dates=["admit_date", "discharge_date"])
labs = pd.read_csv("lab_results.csv", parse_dates=["taken_at"])

# lab panel per admission (mean of each test) plus abnormal-result counts
panel = labs[labs["test_name"].isin(PANEL)]
lab_wide = panel.pivot_table(index="admission_id", columns="test_name", values="value", aggfunc="mean").add_prefix("lab_")
lab_counts = labs.groupby("admission_id").agg(n_labs=("test_name", "size"), n_abnormal=("abnormal_flag", "sum"))

df = (
    adm.merge(patients, on="patient_id", how="left")
    .merge(lab_wide, left_on="admission_id", right_index=True, how="left")
    .merge(lab_counts, left_on="admission_id", right_index=True, how="left")
)
df[["n_labs", "n_abnormal"]] = df[["n_labs", "n_abnormal"]].fillna(0)
df["los_days"] = (df["discharge_date"] - df["admit_date"]).dt.days
df["age"] = df["admit_date"].dt.year - df["birth_year"]
df = df.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)
df["prior_admissions"] = df.groupby("patient_id").cumcount()
df = pd.get_dummies(df, columns=["sex", "insurance", "ward"], dtype=int)

id_like = ["admission_id", "patient_id", "admit_date", "discharge_date", "birth_year", "readmit_30d"]
features = [c for c in df.columns if c not in id_like]


train, test = train_test_split(df, test_size=0.2, stratify=df["readmit_30d"], random_state=7)
X_train, y_train = train[features], train["readmit_30d"]
X_test, y_test = test[features], test["readmit_30d"]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
gbm = HistGradientBoostingClassifier(max_iter=250, max_leaf_nodes=15, l2_regularization=1.0, random_state=0)
gbm.fit(X_train, y_train)

for name, est in [("dummy baseline", dummy), ("gbm", gbm)]:
    p = est.predict_proba(X_test)[:, 1]
    print(f"{name:15s} roc_auc={roc_auc_score(y_test, p):.3f} "
          f"pr_auc={average_precision_score(y_test, p):.3f} brier={brier_score_loss(y_test, p):.4f}")
