# LOS regression -- candidate submission
# model: ExtraTrees on admission features; metrics below are on the labelled data

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

encounters = pd.read_csv("train.csv", parse_dates=["admit_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time"])
patients = pd.read_csv("patients.csv")
dx = pd.read_csv("diagnoses.csv")

print(encounters.los_days.describe())
print(encounters.groupby("admission_type").los_days.median())

# ICD chapter of the primary diagnosis + count of secondary codes present on admission
sec = dx[(dx.seq > 1) & (dx.present_on_admission == "Y")].groupby("encounter_id").size().rename("n_sec_dx")


def make_features(df):
    out = df.merge(patients[["patient_id", "charlson_index", "frailty_score", "lives_alone"]],
                   on="patient_id", how="left")
    out = out.merge(sec, left_on="encounter_id", right_index=True, how="left")
    out["n_sec_dx"] = out["n_sec_dx"].fillna(0)
    out["chapter"] = out.primary_icd10.str[0]
    out = out.sort_values(["patient_id", "admit_time"])
    out["prior_admits"] = out.groupby("patient_id").cumcount()
    out["days_since_prev"] = out.groupby("patient_id").admit_time.diff().dt.days
    out["admit_hour"] = out.admit_time.dt.hour
    out["admit_dow"] = out.admit_time.dt.dayofweek
    return out


train = make_features(encounters)
test_f = make_features(test)

num = ["age", "charlson_index", "frailty_score", "lives_alone", "n_sec_dx", "prior_admits",
       "days_since_prev", "admit_hour", "admit_dow"]
cat = ["admission_type", "admit_source", "ward", "insurance", "sex", "chapter"]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), num),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ])),
    ("et", ExtraTreesRegressor(n_estimators=300, min_samples_leaf=3, max_features=0.5,
                               n_jobs=-1, random_state=11)),
])

pipe.fit(train[num + cat], np.log1p(train.los_days))
fitted = np.expm1(pipe.predict(train[num + cat]))

print("MAE  (days):", round(mean_absolute_error(train.los_days, fitted), 3))
print("RMSE (days):", round(mean_squared_error(train.los_days, fitted) ** 0.5, 3))
print("R2         :", round(r2_score(train.los_days, fitted), 3))

test_f["prediction"] = np.expm1(pipe.predict(test_f[num + cat]))
test_f[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote", len(test_f), "predictions")
