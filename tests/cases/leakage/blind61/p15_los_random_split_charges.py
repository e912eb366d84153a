import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["admit_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time"])
patients = pd.read_csv("patients.csv")
vitals = pd.read_csv("vitals.csv", parse_dates=["charttime"])

print(df.head())
print(df.describe())
print(df.groupby("ward").los_days.agg(["mean", "median", "count"]))
print(df.groupby("admission_type").los_days.median())
print("missing:\n", df.isna().sum()[df.isna().sum() > 0])

# first set of vitals on arrival
first_v = (vitals.sort_values("charttime").groupby("encounter_id")
           [["heart_rate", "sbp", "resp_rate", "spo2", "temp_c"]].first().add_prefix("first_"))


def prep(d):
    d = d.merge(patients[["patient_id", "charlson_index", "bmi"]], on="patient_id", how="left")
    d = d.merge(first_v, left_on="encounter_id", right_index=True, how="left")
    d["admit_month"] = d.admit_time.dt.month
    d["admit_hour"] = d.admit_time.dt.hour
    d["icd_letter"] = d.primary_icd10.str[0]
    d = pd.get_dummies(d, columns=["admission_type", "admit_source", "ward", "insurance", "sex", "icd_letter"],
                       dtype=int)
    return d


data = prep(df)
test_p = prep(test)

X = data.select_dtypes(include=[np.number]).drop(columns=["los_days"])
X = X.fillna(-1)
y = data["los_days"]
print(X.columns.tolist())

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=1)
print(X_train.shape, X_val.shape)
print("mean LOS train/val:", round(y_train.mean(), 2), round(y_val.mean(), 2))

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
pred = rf.predict(X_val)
print("MAE ", mean_absolute_error(y_val, pred))
print("RMSE", np.sqrt(mean_squared_error(y_val, pred)))
print("R2  ", r2_score(y_val, pred))

print(pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(10))

# error by ward
err = pd.DataFrame({"ward": data.loc[X_val.index, "ward"], "abs_err": np.abs(y_val - pred)})
print(err.groupby("ward").abs_err.mean().sort_values())

rf.fit(X, y)
Xt = test_p.reindex(columns=X.columns).fillna(-1)
pd.DataFrame({"encounter_id": test_p["encounter_id"], "prediction": rf.predict(Xt)}).to_csv("predictions.csv", index=False)
