"""30-day readmission from hospital visit records.
Univariate screening (point-biserial correlation with the outcome) to cut the
lab panel down, then 5-fold CV of a regularised logistic regression."""
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression

visits = pd.read_csv("visits_labs.csv")
print(visits.shape, visits["patient_id"].nunique(), "patients")
print(visits["readmit_30d"].mean())

# patient history features
visits["n_visits"] = visits.groupby("patient_id")["visit_id"].transform("count")
visits["patient_mean_los"] = visits.groupby("patient_id")["length_of_stay"].transform("mean")
visits["patient_max_creat"] = visits.groupby("patient_id")["creatinine"].transform("max")

lab_cols = [c for c in visits.columns if c.startswith("lab_")]
candidates = lab_cols + ["age", "length_of_stay", "n_prior_admissions", "n_meds", "creatinine",
                         "n_visits", "patient_mean_los", "patient_max_creat"]

screen = []
for c in candidates:
    ok = visits[[c, "readmit_30d"]].dropna()
    r, p = stats.pointbiserialr(ok["readmit_30d"], ok[c])
    screen.append((c, r, p))
screen = pd.DataFrame(screen, columns=["feature", "r", "p"]).sort_values("p")
print(screen.head(20))

selected = screen.loc[screen["p"] < 0.01, "feature"].tolist()
print(len(selected), "of", len(candidates), "features kept")

X = visits[selected]
y = visits["readmit_30d"]

model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(C=0.3, max_iter=2000))
cv = KFold(n_splits=5, shuffle=True, random_state=0)
res = cross_validate(model, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
print("CV AUC  : %.3f +- %.3f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("CV AP   : %.3f" % res["test_average_precision"].mean())
