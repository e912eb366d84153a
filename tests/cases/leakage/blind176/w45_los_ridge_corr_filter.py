# Length of stay - linear baseline-style model (ridge on log LOS)
# Goal: something simple and explainable for the bed-management team.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "length_of_stay_days"

adm = pd.read_csv("admissions_train.csv", parse_dates=["admit_date"])
adm_test = pd.read_csv("admissions_test.csv", parse_dates=["admit_date"])
print(adm.shape, adm_test.shape)
print(adm.isna().mean().round(3).sort_values(ascending=False).head())

# -- features ---------------------------------------------------------------
def basic(d):
    d = d.copy()
    d["age_sq"] = d["age"] ** 2 / 100
    d["weekend_admit"] = (d["admit_date"].dt.dayofweek >= 5).astype(int)
    d["winter"] = d["admit_date"].dt.month.isin([12, 1, 2]).astype(int)
    d["emergency"] = (d["admission_type"] == "emergency").astype(int)
    d["from_nursing_home"] = (d["admit_source"] == "nursing_home").astype(int)
    d = pd.get_dummies(d, columns=["sex", "primary_dx_group", "insurance", "ward", "admit_source",
                                   "admission_type"], dtype=float)
    return d

df = basic(adm)
te = basic(adm_test)

num_cols = [c for c in df.columns
            if c not in ("admission_id", "patient_id", "admit_date", TARGET, "discharge_disposition")]
te = te.reindex(columns=df.columns.drop(TARGET), fill_value=0.0)

# fill missing labs/bmi with column means
means = df[num_cols].mean()
df[num_cols] = df[num_cols].fillna(means)
te[num_cols] = te[num_cols].fillna(means)

# keep features with at least a weak linear relationship to (log) LOS
y_log = np.log1p(df[TARGET])
corr = df[num_cols].corrwith(y_log).abs().sort_values(ascending=False)
selected = corr[corr > 0.03].index.tolist()
print(f"{len(selected)} of {len(num_cols)} features kept")
print(corr.head(10).round(3))

# -- validation: train before 2023, evaluate 2023 admissions of patients not seen before ------
cut = pd.Timestamp("2023-01-01")
fit_df = df[df["admit_date"] < cut]
ev_df = df[(df["admit_date"] >= cut) & ~df["patient_id"].isin(fit_df["patient_id"])]
print("fit", len(fit_df), "eval", len(ev_df), "(new patients only)")

model = make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 20)))
model.fit(fit_df[selected], np.log1p(fit_df[TARGET]))
pred = np.expm1(model.predict(ev_df[selected]))

dummy = DummyRegressor(strategy="median").fit(fit_df[selected], fit_df[TARGET])
base = dummy.predict(ev_df[selected])

for name, p in [("median (dummy)", base), ("ridge log-LOS", pred)]:
    print(f"{name:15s} MAE {mean_absolute_error(ev_df[TARGET], p):.2f}  "
          f"RMSE {mean_squared_error(ev_df[TARGET], p) ** 0.5:.2f}")

coefs = pd.Series(model[-1].coef_, index=selected).sort_values()
print("largest effects:\n", pd.concat([coefs.head(5), coefs.tail(5)]).round(3))

# -- final -------------------------------------------------------------------------------
model.fit(df[selected], np.log1p(df[TARGET]))
pd.DataFrame({"admission_id": te["admission_id"],
              "prediction": np.expm1(model.predict(te[selected])).clip(min=0)}).to_csv(
    "predictions.csv", index=False)
