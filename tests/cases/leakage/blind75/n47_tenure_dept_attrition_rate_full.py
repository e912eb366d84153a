"""Will a new hire leave within a year?

left_1y = left within 365 days of hire. Hires still employed with < 365 days of tenure
have no known 1-year outcome and are excluded. Department attrition rate is added as a feature.
Validation: hires before 2021 for fitting, 2021+ hires for evaluation.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATS = ["starting_salary", "job_level", "commute_km", "interview_score", "age_at_hire",
         "remote_flag", "referral", "dept_attrition"]


def load():
    hr = pd.read_csv("train.csv", parse_dates=["hire_date"])
    # department-level attrition
    hr["dept_attrition"] = hr.groupby("department")["left_company"].transform("mean")
    left_1y = (hr["left_company"] == 1) & (hr["tenure_days"] <= 365)
    known = left_1y | (hr["tenure_days"] > 365)
    hr = hr[known].copy()
    hr["left_1y"] = left_1y[known].astype(int)
    return hr


def X_of(frame, cols=None):
    X = frame[FEATS].astype(float).join(pd.get_dummies(frame["education"], prefix="edu", dtype=float))
    return X if cols is None else X.reindex(columns=cols, fill_value=0.0)


hr = load()
print(len(hr), "hires with a known 1-year outcome; rate", round(hr["left_1y"].mean(), 3))
dept_table = hr.groupby("department")["dept_attrition"].first()
print(dept_table.round(3).to_string())

train = hr[hr["hire_date"] < "2021-01-01"]
valid = hr[hr["hire_date"] >= "2021-01-01"]
print(len(train), "train /", len(valid), "valid")

X_tr = X_of(train)
X_va = X_of(valid, X_tr.columns)
y_tr, y_va = train["left_1y"], valid["left_1y"]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000)).fit(X_tr, y_tr)
for name, m in [("baseline", base), ("logreg", clf)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:8s} AUC={roc_auc_score(y_va, p):.3f} logloss={log_loss(y_va, p):.4f} "
          f"acc={accuracy_score(y_va, p > 0.5):.3f}")

print(pd.Series(clf[-1].coef_[0], index=X_tr.columns).sort_values().round(3).to_string())

new = pd.read_csv("test.csv", parse_dates=["hire_date"])
new["dept_attrition"] = new["department"].map(dept_table).fillna(hr["left_company"].mean())
pd.DataFrame({"employee_id": new["employee_id"],
              "prediction": clf.predict_proba(X_of(new, X_tr.columns))[:, 1]}).to_csv("predictions.csv", index=False)
