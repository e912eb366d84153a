"""LOS model - ridge on log LOS with ward-level median imputation of admission labs/vitals."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.preprocessing import OneHotEncoder
from sklearn.metrics import mean_absolute_error

enc = pd.read_csv("train.csv", parse_dates=["admit_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time"])
vitals = pd.read_csv("vitals.csv", parse_dates=["charttime"])
labs = pd.read_csv("labs.csv", parse_dates=["charttime"])

LABS = ["creatinine", "wbc", "lactate", "hemoglobin", "albumin", "crp"]
VITALS = ["heart_rate", "sbp", "resp_rate", "spo2", "temp_c"]


def admission_snapshot(df):
    v = vitals.merge(df[["encounter_id", "admit_time"]], on="encounter_id")
    v = v[v.charttime <= v.admit_time].sort_values("charttime")
    df = df.merge(v.groupby("encounter_id")[VITALS].last(), left_on="encounter_id", right_index=True, how="left")
    df = df.sort_values("admit_time")
    for lab in LABS:
        r = labs[labs.lab_name == lab][["patient_id", "charttime", "value"]].rename(columns={"value": lab})
        df = pd.merge_asof(df, r.sort_values("charttime"), left_on="admit_time", right_on="charttime",
                           by="patient_id", direction="backward", tolerance=pd.Timedelta("1D"))
        df = df.drop(columns="charttime")
    return df


def add_history(df):
    df = df.sort_values(["patient_id", "admit_time"])
    df["prior_admits"] = df.groupby("patient_id").cumcount()
    df["days_since_prev"] = df.groupby("patient_id").admit_time.diff().dt.days.fillna(9999).clip(upper=3650)
    return df


data = add_history(admission_snapshot(enc))
test_f = add_history(admission_snapshot(test))

# missing labs/vitals: median of the same ward
MEAS = LABS + VITALS
for col in MEAS:
    data[col + "_missing"] = data[col].isna().astype(int)
    test_f[col + "_missing"] = test_f[col].isna().astype(int)
ward_medians = data.groupby("ward")[MEAS].median()
data[MEAS] = data[MEAS].fillna(data.groupby("ward")[MEAS].transform("median")).fillna(data[MEAS].median())
test_f[MEAS] = test_f[MEAS].fillna(test_f[["ward"]].join(ward_medians, on="ward")[MEAS]).fillna(data[MEAS].median())
for col in ["crp", "lactate", "wbc", "creatinine"]:
    data[col] = np.log1p(data[col])
    test_f[col] = np.log1p(test_f[col])

num_cols = ["age", "prior_admits", "days_since_prev"] + MEAS + [c + "_missing" for c in MEAS]
cat_cols = ["admission_type", "admit_source", "ward", "insurance", "sex"]

# evaluation: last 20% of admissions, patients not present earlier
cut = data.admit_time.quantile(0.8)
tr = data[data.admit_time < cut]
ev = data[(data.admit_time >= cut) & (~data.patient_id.isin(tr.patient_id))]

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(tr[cat_cols])

def design(df):
    return np.hstack([df[num_cols].to_numpy(dtype=float), ohe.transform(df[cat_cols])])

ridge = Ridge(alpha=10.0)
ridge.fit(design(tr), np.log1p(tr.los_days))
pred = np.expm1(ridge.predict(design(ev)))

dummy = DummyRegressor(strategy="median").fit(design(tr), tr.los_days)
print("dummy median MAE:", round(mean_absolute_error(ev.los_days, dummy.predict(design(ev))), 3))
print("ridge MAE       :", round(mean_absolute_error(ev.los_days, pred), 3))

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(data[cat_cols])
ridge.fit(design(data), np.log1p(data.los_days))
pd.DataFrame({"encounter_id": test_f.encounter_id,
              "prediction": np.expm1(ridge.predict(design(test_f)))}).to_csv("predictions.csv", index=False)
