# Readmission prediction - 5 fold CV, folds by patient
# author: candidate
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

data = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")

print("rows:", len(data), "patients:", data["patient_id"].nunique())
print("readmitted share:", data["readmitted_30d"].mean().round(3))
print(data.describe(include="all").T.head(20))

NUMERIC = ["age", "length_of_stay", "num_procedures", "num_medications",
           "num_diagnoses", "prior_admissions_12m"]
CATEGORICAL = ["gender", "admission_type", "hba1c_result", "discharge_to"]

# extra features
for frame in (data, to_score):
    frame["meds_per_day"] = frame["num_medications"] / frame["length_of_stay"].clip(lower=1)
    frame["frequent_flyer"] = (frame["prior_admissions_12m"] >= 3).astype(int)
NUMERIC += ["meds_per_day", "frequent_flyer"]

X = data[NUMERIC + CATEGORICAL]
y = data["readmitted_30d"]
groups = data["patient_id"]

prep = make_column_transformer(
    (SimpleImputer(strategy="median"), NUMERIC),
    (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
)

sgkf = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)

# prior-only baseline: accuracy of always predicting "no readmission"
print("baseline accuracy (majority class):", round(1 - y.mean(), 4))

clf = make_pipeline(prep, RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                                 class_weight="balanced", random_state=0, n_jobs=-1))
res = cross_validate(clf, X, y, groups=groups, cv=sgkf, scoring=["roc_auc", "average_precision", "accuracy"])
print("roc_auc per fold:", res["test_roc_auc"].round(4), "mean", res["test_roc_auc"].mean().round(4))
print("avg prec per fold:", res["test_average_precision"].round(4), "mean", res["test_average_precision"].mean().round(4))
print("accuracy per fold:", res["test_accuracy"].round(4), "mean", res["test_accuracy"].mean().round(4))
print("baseline average precision (= prevalence):", round(y.mean(), 4))

clf.fit(X, y)
out = pd.DataFrame({"encounter_id": to_score["encounter_id"],
                    "prediction": clf.predict_proba(to_score[NUMERIC + CATEGORICAL])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())
