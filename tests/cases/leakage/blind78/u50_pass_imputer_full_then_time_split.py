"""
Week-8 pass prediction, OU module presentations.

Steps
-----
1. load registrations, impute missing assessment score / IMD band
2. split by presentation start (past -> future), validation cohort restricted
   to new students
3. logistic regression, report AUC / F1
4. refit on everything, write predictions.csv
"""
import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score, log_loss

CUT = pd.Timestamp("2014-07-01")
NUM = ["num_of_prev_attempts", "studied_credits", "clicks_wk1_8", "active_days_wk1_8",
       "assessments_submitted_wk8", "mean_score_wk8", "date_registration", "imd_num"]


def basic(d):
    d = d.copy()
    d["imd_num"] = d["imd_band"].str.extract(r"(\d+)")[0].astype(float)
    d["clicks_wk1_8"] = np.log1p(d["clicks_wk1_8"])
    return d


reg = basic(pd.read_csv("train.csv", parse_dates=["presentation_start"]))
print(reg[NUM].isna().sum())

# KNN imputation: students with similar activity get similar scores / deprivation band
imputer = KNNImputer(n_neighbors=10)
reg[NUM] = imputer.fit_transform(reg[NUM])
reg = pd.get_dummies(reg, columns=["code_module", "highest_education", "age_band"], dtype=float)
feat = NUM + [c for c in reg.columns if c.startswith(("code_module_", "highest_education_", "age_band_"))]

train = reg[reg["presentation_start"] < CUT]
valid = reg[(reg["presentation_start"] >= CUT) & ~reg["student_id"].isin(train["student_id"])]
print(f"train {len(train)}  valid {len(valid)} (new students only)")

clf = LogisticRegression(max_iter=5000, C=0.2)
clf.fit(train[feat], train["passed"])
p = clf.predict_proba(valid[feat])[:, 1]
print(f"AUC {roc_auc_score(valid['passed'], p):.3f}  F1 {f1_score(valid['passed'], p >= 0.5):.3f}  "
      f"logloss {log_loss(valid['passed'], p):.3f}")

clf.fit(reg[feat], reg["passed"])
test = basic(pd.read_csv("test.csv", parse_dates=["presentation_start"]))
test[NUM] = imputer.transform(test[NUM])
test = pd.get_dummies(test, columns=["code_module", "highest_education", "age_band"], dtype=float)
test = test.reindex(columns=reg.columns, fill_value=0)
pd.DataFrame({"registration_id": test["registration_id"],
              "prediction": clf.predict_proba(test[feat])[:, 1]}).to_csv("predictions.csv", index=False)
