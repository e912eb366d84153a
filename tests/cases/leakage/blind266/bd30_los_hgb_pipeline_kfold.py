"""
LOS regression -- gradient boosting, 5-fold CV.

All preprocessing in the pipeline. Reporting MAE (what UM cares about: "how many
days off are we") and RMSE, next to a predict-the-median baseline.
"""
import warnings
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate

warnings.filterwarnings("ignore")

TARGET = "los_days"
AFTER_DISCHARGE = ["discharge_date", "discharge_disposition", "total_charges"]

raw = pd.read_csv("train.csv")
raw = raw.drop(columns=AFTER_DISCHARGE)

# CCS-like grouping of the principal dx (ICD-10 chapter letter + first digit)
raw["dx_group"] = raw["primary_dx"].str[:2]
raw["surgical_drg"] = raw["drg_code"].astype(int).between(1, 520) & (raw["n_procedures"] > 0)
raw["surgical_drg"] = raw["surgical_drg"].astype(int)
raw["elderly"] = (raw["age"] >= 75).astype(int)

categorical = ["admit_type", "admit_source", "mdc", "dx_group", "plan_type", "sex"]
numeric = ["age", "n_secondary_dx", "n_procedures", "charlson_index", "prior_admits_12m",
           "facility_beds", "facility_teaching", "weekend_admit", "surgical_drg", "elderly"]

X = raw[categorical + numeric]
y = raw[TARGET]

prep = ColumnTransformer([
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore", min_frequency=20,
                                           sparse_output=False))]), categorical),
    ("num", SimpleImputer(strategy="median"), numeric),
])

gbr = Pipeline([
    ("prep", prep),
    ("model", HistGradientBoostingRegressor(loss="absolute_error", max_iter=400,
                                            learning_rate=0.05, max_leaf_nodes=31,
                                            random_state=0)),
])

kf = KFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_validate(gbr, X, y, cv=kf,
                        scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error"],
                        return_train_score=True)

mae = -scores["test_neg_mean_absolute_error"]
rmse = -scores["test_neg_root_mean_squared_error"]
print("MAE per fold :", mae.round(3))
print(f"MAE  {mae.mean():.3f} +/- {mae.std():.3f}")
print(f"RMSE {rmse.mean():.3f} +/- {rmse.std():.3f}")
base = cross_validate(DummyRegressor(strategy="median"), X, y, cv=kf,
                      scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error"])
print(f"baseline (median LOS)  MAE {-base['test_neg_mean_absolute_error'].mean():.3f}"
      f"  RMSE {-base['test_neg_root_mean_squared_error'].mean():.3f}")
print("train MAE (overfit check):", (-scores["train_neg_mean_absolute_error"]).mean().round(3))

# final model on everything for the submission
gbr.fit(X, y)
test = pd.read_csv("test.csv")
test["dx_group"] = test["primary_dx"].str[:2]
test["surgical_drg"] = (test["drg_code"].astype(int).between(1, 520) & (test["n_procedures"] > 0)).astype(int)
test["elderly"] = (test["age"] >= 75).astype(int)
pd.DataFrame({"admission_id": test["admission_id"],
              "prediction": gbr.predict(test[categorical + numeric])}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
