"""Loan default model (PD) - take-home.

* features known at origination only (recoveries / last payment are post-outcome)
* out-of-time design: train on the oldest vintages, early-stop on the next
  quarter, report once on the most recent vintages
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, roc_curve

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET = TASK["target"]
ID = TASK["id_column"]
TIME = TASK["time_column"]
POST_OUTCOME = TASK.get("leaky_columns", [])

GRADES = {g: i for i, g in enumerate("ABCDEFG")}
EMP = {"< 1 year": 0, "1 year": 1, "2 years": 2, "3 years": 3, "4 years": 4, "5 years": 5,
       "6 years": 6, "7 years": 7, "8 years": 8, "9 years": 9, "10+ years": 10}


def featurize(d: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=d.index)
    for c in ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "revol_util",
              "open_accounts", "delinq_2yrs", "fico_score"]:
        out[c] = d[c]
    out["grade"] = d["grade"].map(GRADES)
    out["emp_years"] = d["employment_length"].map(EMP)
    out["log_income"] = np.log1p(d["annual_income"])
    out["installment_to_income"] = d["loan_amount"] / d["term_months"] * 12 / d["annual_income"].clip(lower=1000)
    out["issue_month"] = d[TIME].dt.month
    for v in ["RENT", "OWN", "MORTGAGE"]:
        out[f"home_{v.lower()}"] = (d["home_ownership"] == v).astype(int)
    for p in ["debt_consolidation", "credit_card", "home_improvement", "small_business", "medical"]:
        out[f"purpose_{p}"] = (d["purpose"] == p).astype(int)
    return out


loans = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
print(loans[TIME].min().date(), "->", loans[TIME].max().date(), "| default rate", round(loans[TARGET].mean(), 3))
print(loans.groupby(loans[TIME].dt.to_period("Q"))[TARGET].agg(["size", "mean"]))

X_all = featurize(loans.drop(columns=POST_OUTCOME))
y_all = loans[TARGET]

valid_start, test_start = pd.Timestamp("2022-07-01"), pd.Timestamp("2022-10-01")
is_train = loans[TIME] < valid_start
is_valid = (loans[TIME] >= valid_start) & (loans[TIME] < test_start)
is_test = loans[TIME] >= test_start

X_train, y_train = X_all[is_train], y_all[is_train]
X_valid, y_valid = X_all[is_valid], y_all[is_valid]
X_test, y_test = X_all[is_test], y_all[is_test]
print("rows train/valid/test:", len(X_train), len(X_valid), len(X_test))

clf = xgb.XGBClassifier(
    n_estimators=2000, learning_rate=0.03, max_depth=4, min_child_weight=5,
    subsample=0.8, colsample_bytree=0.8, eval_metric="auc", early_stopping_rounds=100,
    random_state=0,
)
clf.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=200)
print("best iteration:", clf.best_iteration)

p_test = clf.predict_proba(X_test)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]


def ks(y, p):
    fpr, tpr, _ = roc_curve(y, p)
    return float(np.max(tpr - fpr))


print("\nOut-of-time test (most recent quarter)")
print(f"  prior baseline : AUC {roc_auc_score(y_test, p_base):.3f}  AP {average_precision_score(y_test, p_base):.3f}")
print(f"  xgboost        : AUC {roc_auc_score(y_test, p_test):.3f}  AP {average_precision_score(y_test, p_test):.3f}"
      f"  KS {ks(y_test, p_test):.3f}")

# submission: refit on all labelled vintages with the early-stopped number of trees
final = xgb.XGBClassifier(n_estimators=clf.best_iteration + 1, learning_rate=0.03, max_depth=4,
                          min_child_weight=5, subsample=0.8, colsample_bytree=0.8, random_state=0)
final.fit(X_all, y_all)
test_df = pd.read_csv("test.csv", parse_dates=[TIME])
X_sub = featurize(test_df.drop(columns=POST_OUTCOME, errors="ignore"))
pd.DataFrame({ID: test_df[ID], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
