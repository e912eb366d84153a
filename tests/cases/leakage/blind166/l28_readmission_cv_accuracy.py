# Readmission prediction - 5 fold CV
# author: candidate
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

data = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")

print("rows:", len(data))
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

prep = make_column_transformer(
    (SimpleImputer(strategy="median"), NUMERIC),
    (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
)

# try 1
clf = make_pipeline(prep, RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=-1))
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(clf, X, y, cv=skf, scoring="accuracy")
print("try 1 acc per fold:", scores.round(4))
print("try 1 mean acc:", scores.mean().round(4))

# try 2 - deeper leaves + balanced classes
clf = make_pipeline(prep, RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                                 class_weight="balanced", random_state=0, n_jobs=-1))
scores = cross_val_score(clf, X, y, cv=skf, scoring="accuracy")
print("try 2 acc per fold:", scores.round(4))
print("try 2 mean acc:", scores.mean().round(4), "+/-", scores.std().round(4))

clf.fit(X, y)
out = pd.DataFrame({"encounter_id": to_score["encounter_id"],
                    "prediction": clf.predict_proba(to_score[NUMERIC + CATEGORICAL])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())
