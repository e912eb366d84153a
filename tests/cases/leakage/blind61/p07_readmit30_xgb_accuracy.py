import pandas as pd
import numpy as np
from xgboost import XGBClassifier
from sklearn.metrics import accuracy_score

enc = pd.read_csv("train.csv", parse_dates=["admit_time", "discharge_time"])
tst = pd.read_csv("test.csv", parse_dates=["admit_time", "discharge_time"])
pat = pd.read_csv("patients.csv")
meds = pd.read_csv("medications.csv")
procs = pd.read_csv("procedures.csv")

print(enc.shape, tst.shape)
print(enc.readmit_30d.value_counts())
print(enc.groupby("admission_type").readmit_30d.mean())


def build(df):
    df = df.merge(pat[["patient_id", "age", "sex", "charlson_index"]], how="left", on="patient_id")
    df = df.sort_values(["patient_id", "admit_time"])
    df["prior_admits"] = df.groupby("patient_id").cumcount()
    df["days_since_prev"] = (df.admit_time - df.groupby("patient_id").discharge_time.shift()).dt.days
    df["los_h"] = (df.discharge_time - df.admit_time).dt.total_seconds() / 3600
    df["disch_month"] = df.discharge_time.dt.month
    df["disch_dow"] = df.discharge_time.dt.dayofweek
    df["male"] = (df.sex == "M").astype(int)
    df["emerg"] = (df.admission_type == "EMERGENCY").astype(int)
    df["medicare"] = (df.insurance == "Medicare").astype(int)

    m = meds.groupby("encounter_id").agg(n_drugs=("drug", "nunique"),
                                         n_anticoag=("drug_class", lambda s: (s == "anticoagulant").sum()),
                                         n_insulin=("drug_class", lambda s: (s == "insulin").sum()))
    p = procs.groupby("encounter_id").agg(n_proc_codes=("icd10_pcs", "nunique"),
                                          surgery=("is_surgical", "max"))
    df = df.join(m, on="encounter_id").join(p, on="encounter_id")
    df["chapter"] = df.primary_icd10.str[0].map(lambda c: ord(c) - ord("A") if isinstance(c, str) else -1)
    return df


train = build(enc)
test = build(tst)

FEATS = ["age", "male", "charlson_index", "prior_admits", "days_since_prev", "los_h", "disch_month",
         "disch_dow", "emerg", "medicare", "n_procedures", "n_medications", "n_drugs", "n_anticoag",
         "n_insulin", "n_proc_codes", "surgery", "chapter"]

# hold out the last fifth of the timeline, new patients only
cut = train.discharge_time.quantile(0.8)
fit_rows = train[train.discharge_time < cut]
hold = train[(train.discharge_time >= cut) & ~train.patient_id.isin(fit_rows.patient_id)]
print("fit", fit_rows.shape, "holdout", hold.shape)

model = XGBClassifier(n_estimators=350, max_depth=5, learning_rate=0.05, subsample=0.9,
                      colsample_bytree=0.7, min_child_weight=5, scale_pos_weight=3.0)
model.fit(fit_rows[FEATS], fit_rows.readmit_30d)
pred = model.predict(hold[FEATS])
print("holdout accuracy:", accuracy_score(hold.readmit_30d, pred))

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(10))

model.fit(train[FEATS], train.readmit_30d)
out = pd.DataFrame({"encounter_id": test.encounter_id, "prediction": model.predict_proba(test[FEATS])[:, 1]})
out.to_csv("predictions.csv", index=False)
