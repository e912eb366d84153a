"""12-month default model: bureau snapshot and repayment behaviour as of the application date."""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
bureau = pd.read_csv("bureau_reports.csv", parse_dates=["report_date"])
repay = pd.read_csv("repayments.csv", parse_dates=["due_date", "paid_date"])

# latest bureau report pulled before the application
apps = apps.sort_values("application_date")
bureau = bureau.sort_values("report_date")
apps = pd.merge_asof(apps, bureau, left_on="application_date", right_on="report_date",
                     by="applicant_id", direction="backward", allow_exact_matches=False)
apps["bureau_age_days"] = (apps["application_date"] - apps["report_date"]).dt.days

# repayment behaviour on installments already settled before the application
r = apps[["loan_id", "applicant_id", "application_date"]].merge(
    repay.rename(columns={"loan_id": "prev_loan_id"}), on="applicant_id")
r = r[(r["paid_date"] < r["application_date"]) & (r["due_date"] < r["application_date"])]
rep = r.groupby("loan_id").agg(
    prev_installments=("days_late", "size"),
    prev_days_late_mean=("days_late", "mean"),
    prev_days_late_max=("days_late", "max"),
    prev_late_30=("days_late", lambda s: (s > 30).sum()),
)
apps = apps.merge(rep, left_on="loan_id", right_index=True, how="left")
apps[rep.columns] = apps[rep.columns].fillna(0)

apps["loan_to_income"] = apps["amount"] / apps["income"].clip(lower=1)
apps["purpose"] = apps["purpose"].astype("category")
apps["home_ownership"] = apps["home_ownership"].astype("category")

FEATS = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
         "credit_score", "n_open_accounts", "utilization", "n_delinquencies_24m", "inquiries_6m",
         "bureau_age_days", "prev_installments", "prev_days_late_mean", "prev_days_late_max",
         "prev_late_30", "purpose", "home_ownership"]

cut = pd.Timestamp("2021-01-01")
train = apps[apps.application_date < cut]
test = apps[(apps.application_date >= cut) & (~apps.applicant_id.isin(train.applicant_id))]

model = LGBMClassifier(n_estimators=700, learning_rate=0.02, num_leaves=31, min_child_samples=100,
                       subsample=0.8, subsample_freq=1, colsample_bytree=0.7, random_state=0, verbose=-1)
model.fit(train[FEATS], train["defaulted_12m"])
pd_model = model.predict_proba(test[FEATS])[:, 1]

naive = DummyClassifier(strategy="prior").fit(train[FEATS], train["defaulted_12m"])
pd_naive = naive.predict_proba(test[FEATS])[:, 1]

y = test["defaulted_12m"]
gini = 2 * roc_auc_score(y, pd_model) - 1
print(f"naive prior: AUC {roc_auc_score(y, pd_naive):.3f} AP {average_precision_score(y, pd_naive):.3f}")
print(f"lightgbm:    AUC {roc_auc_score(y, pd_model):.3f} AP {average_precision_score(y, pd_model):.3f} Gini {gini:.3f}")
