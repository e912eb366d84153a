"""Readmission take-home: adding patient history.

Joins patients.csv and lab_results.csv onto admissions.csv (label readmit_30d),
adds how readmission-prone each patient is, and evaluates on held-out patients.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

patients = pd.read_csv("patients.csv")
adm = pd.read_csv("admissions.csv", parse_dates=["admit_date", "discharge_date"])
labs = pd.read_csv("lab_results.csv")

lab_summary = labs.groupby("admission_id").agg(
    n_labs=("value", "size"),
    n_abnormal=("abnormal_flag", "sum"),
    n_tests=("test_name", "nunique"),
)
df = adm.merge(patients, on="patient_id", how="left").merge(lab_summary, on="admission_id", how="left")
df[["n_labs", "n_abnormal", "n_tests"]] = df[["n_labs", "n_abnormal", "n_tests"]].fillna(0)
df["los_days"] = (df["discharge_date"] - df["admit_date"]).dt.days
df["age"] = df["admit_date"].dt.year - df["birth_year"]
df["n_admissions_total"] = df.groupby("patient_id")["admission_id"].transform("count")
df = pd.get_dummies(df, columns=["sex", "insurance", "ward"], dtype=int)

M = 20  # smoothing strength for the patient rate


def smoothed_patient_rate(frame, prior):
    s = frame.groupby("patient_id")["readmit_30d"].agg(["sum", "count"])
    return (s["sum"] + M * prior) / (s["count"] + M)



gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_idx, te_idx = next(gss.split(df, groups=df["patient_id"]))
train, test = df.iloc[tr_idx].copy(), df.iloc[te_idx].copy()

# rate from training admissions only; test patients are unseen and get the training prior
prior = train["readmit_30d"].mean()
rates = smoothed_patient_rate(train, prior)
train["patient_readmit_rate"] = train["patient_id"].map(rates)
test["patient_readmit_rate"] = test["patient_id"].map(rates).fillna(prior)

features = [c for c in train.columns
            if c not in ("admission_id", "patient_id", "admit_date", "discharge_date", "birth_year", "readmit_30d")]

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.3))
model.fit(train[features], train["readmit_30d"])
dummy = DummyClassifier(strategy="prior").fit(train[features], train["readmit_30d"])

for name, est in [("dummy", dummy), ("logreg", model)]:
    p = est.predict_proba(test[features])[:, 1]
    print(f"{name:7s} AUC {roc_auc_score(test['readmit_30d'], p):.3f}  AP {average_precision_score(test['readmit_30d'], p):.3f}")
