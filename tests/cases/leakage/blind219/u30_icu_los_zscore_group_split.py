"""
ICU length of stay (days) from first-24h data, MIMIC-III demo extract.

admissions.csv : subject_id, hadm_id, admittime, dischtime, deathtime, admission_type,
                 insurance, ethnicity, hospital_expire_flag
patients.csv   : subject_id, gender, dob
labs_24h.csv   : hadm_id, itemid, label, valuenum   (first 24h after admission)

Patients can have several admissions -> split by subject_id.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import ElasticNet
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score

adm = pd.read_csv("admissions.csv", parse_dates=["admittime", "dischtime", "deathtime"])
pat = pd.read_csv("patients.csv", parse_dates=["dob"])
labs = pd.read_csv("labs_24h.csv")

adm = adm.merge(pat[["subject_id", "gender", "dob"]], on="subject_id", how="left")
adm["los_days"] = (adm["dischtime"] - adm["admittime"]).dt.total_seconds() / 86400
adm = adm[adm["los_days"] > 0]
adm["age"] = ((adm["admittime"].dt.year - adm["dob"].dt.year)).clip(upper=90)
adm["admit_hour"] = adm["admittime"].dt.hour
adm["weekend_admit"] = (adm["admittime"].dt.dayofweek >= 5).astype(int)

# wide lab table: mean / min / max per lab over the first 24h
KEEP_LABS = ["Creatinine", "Hemoglobin", "Platelet Count", "White Blood Cells",
             "Sodium", "Potassium", "Bicarbonate", "Lactate", "Glucose", "Urea Nitrogen"]
labs = labs[labs["label"].isin(KEEP_LABS)]
wide = labs.pivot_table(index="hadm_id", columns="label", values="valuenum",
                        aggfunc=["mean", "min", "max"])
wide.columns = [f"{lab.lower().replace(' ', '_')}_{stat}" for stat, lab in wide.columns]
df = adm.merge(wide, left_on="hadm_id", right_index=True, how="left")

cat_cols = ["admission_type", "insurance", "gender"]
df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=float)

lab_cols = [c for c in wide.columns]
num_cols = ["age", "admit_hour"] + lab_cols

# labs missing for some stays -> fill with the cohort median, then standardise
df[num_cols] = df[num_cols].fillna(df[num_cols].median())
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()

prefixes = tuple(f"{c}_" for c in cat_cols)
onehot = [c for c in df.columns if c.startswith(prefixes)]
features = num_cols + ["weekend_admit"] + onehot
print(len(features), "features,", len(df), "admissions,", df["subject_id"].nunique(), "patients")

y = np.log1p(df["los_days"].values)
X = df[features].values
groups = df["subject_id"].values

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=8)
tr, te = next(gss.split(X, y, groups))
assert set(groups[tr]).isdisjoint(groups[te])

regressors = {
    "elasticnet": ElasticNet(alpha=0.01, l1_ratio=0.3, max_iter=10000),
    "rf": RandomForestRegressor(n_estimators=500, min_samples_leaf=5, max_features=0.5,
                                n_jobs=-1, random_state=8),
}
for name, reg in regressors.items():
    reg.fit(X[tr], y[tr])
    pred_days = np.expm1(reg.predict(X[te]))
    true_days = np.expm1(y[te])
    print(f"{name:10s} MAE={mean_absolute_error(true_days, pred_days):.2f}d  "
          f"MedAE={median_absolute_error(true_days, pred_days):.2f}d  "
          f"R2(log)={r2_score(y[te], np.log1p(pred_days)):.3f}")

coef = pd.Series(regressors["elasticnet"].coef_, index=features)
print(coef[coef.abs() > 0].sort_values().round(3))
