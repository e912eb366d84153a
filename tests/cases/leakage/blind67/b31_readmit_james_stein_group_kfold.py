# 30-day readmission -- tabular model on the admissions table + lab summaries
# James-Stein shrinkage encoding for the high-cardinality codes, logistic regression + GBM
# evaluated with GroupKFold on patient_id (a patient's admissions stay in one fold).
import numpy as np
import pandas as pd
from category_encoders import JamesSteinEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_val_score

adm = pd.read_csv("train.csv")
labs = pd.read_csv("labs.csv")

lab_wide = labs.pivot_table(index="admission_id", columns="test_name", values="value",
                            aggfunc=["mean", "max"])
lab_wide.columns = [f"lab_{stat}_{name}" for stat, name in lab_wide.columns]
adm = adm.merge(lab_wide, left_on="admission_id", right_index=True, how="left")

CAT = ["admission_type", "diagnosis_group", "discharge_disposition", "insurance", "sex"]
NUM = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
       "prior_admissions_12m"] + list(lab_wide.columns)

X = adm[CAT + NUM]
y = adm["readmitted_30d"]
groups = adm["patient_id"]
print(X.shape, y.mean(), groups.nunique(), "patients")

num_pipe = Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())])
prep = ColumnTransformer([
    ("cat", JamesSteinEncoder(), CAT),
    ("num", num_pipe, NUM),
])

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([("prep", prep), ("m", LogisticRegression(max_iter=3000, C=0.3))]),
    "gbm": Pipeline([("prep", prep), ("m", GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                                                     learning_rate=0.05, random_state=0))]),
}

gkf = GroupKFold(n_splits=5)
for name, model in models.items():
    s = cross_val_score(model, X, y, groups=groups, cv=gkf, scoring="roc_auc")
    print(f"{name:12s} ROC AUC {s.mean():.4f} +/- {s.std():.4f}")

final = models["gbm"].fit(X, y)
test = pd.read_csv("test.csv").merge(lab_wide, left_on="admission_id", right_index=True, how="left")
pd.DataFrame({"admission_id": test.admission_id,
              "prediction": final.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
