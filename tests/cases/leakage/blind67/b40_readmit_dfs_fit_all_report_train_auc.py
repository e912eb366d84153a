"""Readmission (30d) -- featuretools + gradient boosting, fitted on all labelled admissions."""
import featuretools as ft
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

adm = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
labs = pd.read_csv("labs.csv", parse_dates=["taken_at"])

y = adm.set_index("admission_id")["readmitted_30d"]
cols = ["admission_id", "patient_id", "admit_date", "discharge_date", "age", "sex", "admission_type",
        "diagnosis_group", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
        "prior_admissions_12m", "discharge_disposition", "insurance"]
all_adm = pd.concat([adm[cols], test[cols]], ignore_index=True)

es = ft.EntitySet("hosp")
es.add_dataframe(dataframe_name="admissions", dataframe=all_adm, index="admission_id", time_index="admit_date")
es.add_dataframe(dataframe_name="labs", dataframe=labs, index="lab_id", time_index="taken_at")
es.add_relationship("admissions", "admission_id", "labs", "admission_id")
es.normalize_dataframe("admissions", "patients", "patient_id", additional_columns=["sex"])

fm, defs = ft.dfs(entityset=es, target_dataframe_name="admissions", max_depth=2,
                  agg_primitives=["count", "mean", "max", "std", "trend"],
                  trans_primitives=["month", "weekday"])
fm = pd.get_dummies(fm, dummy_na=True)
print("features:", fm.shape[1])

X = fm.loc[y.index]
X_test = fm.loc[test.admission_id]

model = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_depth=6,
                                       l2_regularization=0.5, random_state=0)
model.fit(X, y)

p = model.predict_proba(X)[:, 1]
print(f"ROC AUC : {roc_auc_score(y, p):.4f}")
print(f"PR AUC  : {average_precision_score(y, p):.4f}")
print(f"Brier   : {brier_score_loss(y, p):.4f}")

pd.DataFrame({"admission_id": X_test.index, "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("saved predictions.csv")
