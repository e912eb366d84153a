"""Length-of-stay regression.

Encounters from the same patient are correlated, so CV folds are grouped by patient_id.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_absolute_error, r2_score

train = pd.read_csv("train.csv", parse_dates=["admit_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time"])
labs = pd.read_csv("labs.csv", parse_dates=["charttime"])
dx = pd.read_csv("diagnoses.csv")
pts = pd.read_csv("patients.csv")

LABS = ["creatinine", "wbc", "lactate", "albumin", "hemoglobin"]


def admission_labs(df):
    """Most recent value of each lab at or before admission."""
    df = df.sort_values("admit_time")
    for lab in LABS:
        right = labs.loc[labs.lab_name == lab, ["patient_id", "charttime", "value"]].sort_values("charttime")
        right = right.rename(columns={"value": lab})
        df = pd.merge_asof(df, right, left_on="admit_time", right_on="charttime", by="patient_id",
                           direction="backward", tolerance=pd.Timedelta("3D")).drop(columns="charttime")
    return df


def features(df):
    df = df.merge(pts[["patient_id", "charlson_index", "lives_alone"]], on="patient_id", how="left")
    df = admission_labs(df)
    df = df.sort_values(["patient_id", "admit_time"])
    df["prior_admits"] = df.groupby("patient_id").cumcount()
    df["days_since_prev"] = df.groupby("patient_id").admit_time.diff().dt.days
    n_sec = dx[dx.seq > 1].groupby("encounter_id").size().rename("n_secondary_dx")
    df = df.merge(n_sec, left_on="encounter_id", right_index=True, how="left")
    df["n_secondary_dx"] = df["n_secondary_dx"].fillna(0)
    df["icd3"] = df.primary_icd10.str[:3].astype("category")
    for c in ["admission_type", "admit_source", "ward", "insurance", "sex"]:
        df[c] = df[c].astype("category")
    df["admit_hour"] = df.admit_time.dt.hour
    df["weekend"] = (df.admit_time.dt.dayofweek >= 5).astype(int)
    return df


tr = features(train).reset_index(drop=True)
te = features(test)
FEATS = ["age", "sex", "charlson_index", "lives_alone", "admission_type", "admit_source", "ward", "insurance",
         "icd3", "prior_admits", "days_since_prev", "n_secondary_dx", "admit_hour", "weekend"] + LABS
y = np.log1p(tr.los_days)

oof = np.zeros(len(tr))
gkf = GroupKFold(n_splits=5)
for k, (a, b) in enumerate(gkf.split(tr, y, groups=tr.patient_id)):
    m = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63, min_child_samples=30,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
    m.fit(tr.loc[a, FEATS], y[a])
    oof[b] = m.predict(tr.loc[b, FEATS])
    print(f"fold {k}: MAE(days) = {mean_absolute_error(tr.los_days[b], np.expm1(oof[b])):.3f}")

print("OOF MAE (days):", round(mean_absolute_error(tr.los_days, np.expm1(oof)), 3))
print("OOF R2 (log):  ", round(r2_score(y, oof), 3))

final = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63, min_child_samples=30,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
final.fit(tr[FEATS], y)
for c in ["sex", "admission_type", "admit_source", "ward", "insurance", "icd3"]:
    te[c] = pd.Categorical(te[c], categories=tr[c].cat.categories)
te["prediction"] = np.expm1(final.predict(te[FEATS])).clip(min=0)
te[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
