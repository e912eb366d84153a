"""Loan default: pick the approval cutoff on a validation window, report the test window once."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
bureau = pd.read_csv("bureau_reports.csv", parse_dates=["report_date"])
apps = pd.merge_asof(apps.sort_values("application_date"), bureau.sort_values("report_date"),
                     left_on="application_date", right_on="report_date", by="applicant_id",
                     direction="backward", allow_exact_matches=False)
apps["loan_to_income"] = apps.amount / apps.income.clip(lower=1)
apps["purpose"] = apps["purpose"].astype("category")
FEATURES = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
            "credit_score", "n_open_accounts", "utilization", "n_delinquencies_24m", "inquiries_6m", "purpose"]
TARGET = "defaulted_12m"

t_val, t_test = pd.Timestamp("2020-10-01"), pd.Timestamp("2021-04-01")
train = apps[apps.application_date < t_val]
val = apps[(apps.application_date >= t_val) & (apps.application_date < t_test)]
val = val[~val.applicant_id.isin(train.applicant_id)]
test = apps[apps.application_date >= t_test]
test = test[~test.applicant_id.isin(set(train.applicant_id) | set(val.applicant_id))]

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.01, num_leaves=31,
                           min_child_samples=80, colsample_bytree=0.7, random_state=0, verbose=-1)
model.fit(train[FEATURES], train[TARGET], eval_set=[(val[FEATURES], val[TARGET])], eval_metric="auc",
          callbacks=[lgb.early_stopping(stopping_rounds=200, verbose=False)])

val_scores = model.predict_proba(val[FEATURES])[:, 1]
grid = np.linspace(0.02, 0.6, 59)
val_f1 = np.array([f1_score(val[TARGET], val_scores >= t) for t in grid])
cutoff = grid[val_f1.argmax()]
print(f"cutoff chosen on validation: {cutoff:.2f} (val F1 {val_f1.max():.3f})")

test_scores = model.predict_proba(test[FEATURES])[:, 1]
flag = test_scores >= cutoff
dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
dummy_scores = dummy.predict_proba(test[FEATURES])[:, 1]

print(f"test dummy AUC   {roc_auc_score(test[TARGET], dummy_scores):.3f}")
print(f"test model AUC   {roc_auc_score(test[TARGET], test_scores):.3f}")
print(f"test F1 / P / R  {f1_score(test[TARGET], flag):.3f} / {precision_score(test[TARGET], flag):.3f} / "
      f"{recall_score(test[TARGET], flag):.3f}")
