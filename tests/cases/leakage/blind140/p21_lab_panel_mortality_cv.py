"""In-hospital mortality from the first-24h lab panel - cross-validated pipeline.

labs.csv      : patient_id, lab_name, value, unit, hours_from_admit
outcomes.csv  : patient_id, age, sex, admission_type, died_in_hospital
Only labs drawn in the first 24h of the stay are used (one admission per patient).
Imputation and scaling live inside the pipeline, so each CV fold learns them on its own
training part.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

LABS = ["albumin", "bicarbonate", "bilirubin", "creatinine", "glucose", "hemoglobin",
        "lactate", "platelets", "potassium", "sodium", "bun", "wbc", "inr"]

labs = pd.read_csv("data/labs.csv")
outcomes = pd.read_csv("data/outcomes.csv")

labs = labs[(labs["hours_from_admit"] >= 0) & (labs["hours_from_admit"] <= 24)]
labs = labs[labs["lab_name"].isin(LABS)]

wide = labs.pivot_table(index="patient_id", columns="lab_name", values="value",
                        aggfunc=["mean", "max"])
wide.columns = [f"{lab}_{agg}" for agg, lab in wide.columns]
wide = wide.reset_index()

df = outcomes.merge(wide, on="patient_id", how="left")
df["male"] = (df["sex"] == "M").astype(int)
df = pd.get_dummies(df, columns=["admission_type"], drop_first=True, dtype=int)
print(df.shape, "mortality:", df["died_in_hospital"].mean().round(3))

lab_cols = [c for c in df.columns if c.endswith("_mean") or c.endswith("_max")]
other_cols = ["age", "male"] + [c for c in df.columns if c.startswith("admission_type_")]
X = df[lab_cols + other_cols]
y = df["died_in_hospital"]

lab_pipe = Pipeline([
    ("clip_log", FunctionTransformer(lambda a: np.log1p(np.clip(a, 0, None)))),
    ("impute", SimpleImputer(strategy="median", add_indicator=True)),
    ("scale", StandardScaler()),
])
pre = ColumnTransformer([
    ("labs", lab_pipe, lab_cols),
    ("other", StandardScaler(), other_cols),
])
model = Pipeline([("pre", pre), ("clf", LogisticRegression(C=0.3, max_iter=5000))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
scoring = ["roc_auc", "average_precision", "neg_brier_score"]
res_model = cross_validate(model, X, y, cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)

summary = pd.DataFrame({
    "dummy": {k: res_dummy[f"test_{k}"].mean() for k in scoring},
    "logistic": {k: res_model[f"test_{k}"].mean() for k in scoring},
})
print(summary.round(4))
print("AUROC per fold:", np.round(res_model["test_roc_auc"], 3))

model.fit(X, y)
pd.to_pickle(model, "models/lab_mortality_lr.pkl")
