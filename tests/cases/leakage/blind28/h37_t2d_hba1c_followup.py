# Type 2 diabetes cohort: predict HbA1c at 12 months from baseline clinical data.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline

cohort = pd.read_excel("t2d_cohort_export.xlsx", sheet_name="baseline")
cohort = cohort.rename(columns=str.lower).rename(columns=lambda c: c.strip().replace(" ", "_"))
print(cohort.shape)

cohort = cohort[cohort["hba1c_12m"].notna()]
cohort["bmi"] = cohort["weight_kg"] / (cohort["height_cm"] / 100) ** 2
cohort["male"] = (cohort["sex"] == "M").astype(int)
cohort["on_insulin"] = cohort["medication"].str.contains("insulin", case=False, na=False).astype(int)
cohort["on_sglt2"] = cohort["medication"].str.contains("gliflozin", case=False, na=False).astype(int)
cohort["log_tg"] = np.log(cohort["triglycerides_mmol"])

num = cohort.select_dtypes(include="number")
X = num.drop(columns=["record_no"])
y = cohort["hba1c_12m"]
print("features:", list(X.columns))

rf = make_pipeline(SimpleImputer(strategy="median"),
                   RandomForestRegressor(n_estimators=500, min_samples_leaf=5, random_state=0))
base = make_pipeline(SimpleImputer(strategy="median"), DummyRegressor(strategy="mean"))

cv = KFold(n_splits=5, shuffle=True, random_state=0)
for name, est in [("random forest", rf), ("mean baseline", base)]:
    r = cross_validate(est, X, y, cv=cv, scoring=["neg_mean_absolute_error", "r2"])
    print(f"{name:>14s}: MAE {-r['test_neg_mean_absolute_error'].mean():.3f} %  "
          f"R2 {r['test_r2'].mean():.3f}")
