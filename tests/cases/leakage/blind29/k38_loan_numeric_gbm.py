# Loan default - quick numeric model
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "defaulted_12m"

loans = pd.read_csv("train.csv", parse_dates=["application_date"])
print(loans.shape)
print(loans.dtypes)
print(loans[TARGET].value_counts(normalize=True))
print(loans.select_dtypes("object").nunique())

# yes/no style flags -> 0/1
for col in [c for c in loans.columns if c.endswith("_flag")]:
    loans[col] = loans[col].astype(int)

# a few ratios
loans["loan_to_income"] = loans["loan_amount"] / loans["annual_income"].clip(lower=1)
loans["monthly_income"] = loans["annual_income"] / 12
loans["est_payment"] = loans["loan_amount"] * (1 + loans["interest_rate"] / 100) / loans["term_months"]
loans["payment_to_income"] = loans["est_payment"] / loans["monthly_income"].clip(lower=1)

# out-of-time holdout with unseen applicants
loans = loans.sort_values("application_date")
cut = loans["application_date"].quantile(0.8)
past = loans[loans["application_date"] < cut]
recent = loans[(loans["application_date"] >= cut) & ~loans["applicant_id"].isin(past["applicant_id"])]

numeric = loans.select_dtypes(include="number").columns.drop([TARGET, "applicant_id"])
print("using", len(numeric), "numeric columns")

X_past = past[numeric].fillna(past[numeric].median())
X_recent = recent[numeric].fillna(past[numeric].median())

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0)
gb.fit(X_past, past[TARGET])
dc = DummyClassifier(strategy="prior").fit(X_past, past[TARGET])

p_gb = gb.predict_proba(X_recent)[:, 1]
p_dc = dc.predict_proba(X_recent)[:, 1]
print("dummy  AUC %.4f  AP %.4f" % (roc_auc_score(recent[TARGET], p_dc), average_precision_score(recent[TARGET], p_dc)))
print("gbm    AUC %.4f  AP %.4f" % (roc_auc_score(recent[TARGET], p_gb), average_precision_score(recent[TARGET], p_gb)))
print(classification_report(recent[TARGET], (p_gb > 0.3).astype(int), digits=3))

imp = pd.Series(gb.feature_importances_, index=numeric).sort_values(ascending=False)
print(imp)

# submission
test = pd.read_csv("test.csv", parse_dates=["application_date"])
test["loan_to_income"] = test["loan_amount"] / test["annual_income"].clip(lower=1)
test["monthly_income"] = test["annual_income"] / 12
test["est_payment"] = test["loan_amount"] * (1 + test["interest_rate"] / 100) / test["term_months"]
test["payment_to_income"] = test["est_payment"] / test["monthly_income"].clip(lower=1)
medians = loans[numeric].median()
gb.fit(loans[numeric].fillna(medians), loans[TARGET])
pd.DataFrame({"loan_id": test["loan_id"],
              "prediction": gb.predict_proba(test.reindex(columns=numeric).fillna(medians))[:, 1]}).to_csv(
    "predictions.csv", index=False)
