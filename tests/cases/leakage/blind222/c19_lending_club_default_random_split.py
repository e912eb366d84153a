"""
Lending Club 2007-2018 accepted loans: will a 36-month loan be charged off?

Only fields known at origination are used (no payment / recovery columns).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss
from xgboost import XGBClassifier

USECOLS = ["issue_d", "loan_amnt", "term", "int_rate", "installment", "grade", "sub_grade",
           "emp_length", "home_ownership", "annual_inc", "verification_status", "purpose",
           "dti", "delinq_2yrs", "earliest_cr_line", "fico_range_low", "fico_range_high",
           "inq_last_6mths", "open_acc", "pub_rec", "revol_bal", "revol_util", "total_acc",
           "mort_acc", "pub_rec_bankruptcies", "loan_status"]

loans = pd.read_csv("accepted_2007_to_2018Q4.csv.gz", usecols=USECOLS, low_memory=False)
loans = loans[loans["loan_status"].isin(["Fully Paid", "Charged Off"])]
loans = loans[loans["term"].str.strip() == "36 months"]

loans["issue_d"] = pd.to_datetime(loans["issue_d"], format="%b-%Y")
loans["earliest_cr_line"] = pd.to_datetime(loans["earliest_cr_line"], format="%b-%Y")
loans = loans.sort_values("issue_d").reset_index(drop=True)
print(loans["issue_d"].min(), "->", loans["issue_d"].max(), len(loans))

# ---------------------------------------------------------------- features
loans["charged_off"] = (loans["loan_status"] == "Charged Off").astype(int)
loans["credit_age_months"] = ((loans["issue_d"] - loans["earliest_cr_line"]).dt.days / 30.44).round()
loans["fico"] = (loans["fico_range_low"] + loans["fico_range_high"]) / 2
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["installment_to_inc"] = loans["installment"] * 12 / loans["annual_inc"].clip(lower=1000)
loans["emp_years"] = (loans["emp_length"].str.extract(r"(\d+)")[0].astype(float))
loans["issue_month"] = loans["issue_d"].dt.month

print(loans.groupby(loans["issue_d"].dt.year)["charged_off"].agg(["mean", "size"]))

num = ["loan_amnt", "int_rate", "installment", "log_inc", "dti", "delinq_2yrs", "fico",
       "inq_last_6mths", "open_acc", "pub_rec", "revol_bal", "revol_util", "total_acc",
       "mort_acc", "pub_rec_bankruptcies", "credit_age_months", "installment_to_inc",
       "emp_years", "issue_month"]
cat = ["grade", "sub_grade", "home_ownership", "verification_status", "purpose"]

X = loans[num + cat]
y = loans["charged_off"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0,
                                                    stratify=y)

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    (OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat),
)

logit = make_pipeline(prep, LogisticRegression(max_iter=2000, C=0.1))
logit.fit(X_train, y_train)
p_logit = logit.predict_proba(X_test)[:, 1]

xgb = make_pipeline(prep, XGBClassifier(n_estimators=500, learning_rate=0.05, max_depth=5,
                                        subsample=0.8, colsample_bytree=0.8,
                                        tree_method="hist", eval_metric="auc"))
xgb.fit(X_train, y_train)
p_xgb = xgb.predict_proba(X_test)[:, 1]

for name, p in [("logistic", p_logit), ("xgboost", p_xgb)]:
    print(f"{name:9s} AUC={roc_auc_score(y_test, p):.4f}  logloss={log_loss(y_test, p):.4f}")

# AUC inside each grade - does the model add anything beyond the grade?
test_frame = X_test.assign(y=y_test.values, p=p_xgb)
by_grade = test_frame.groupby("grade").apply(
    lambda g: roc_auc_score(g["y"], g["p"]) if g["y"].nunique() > 1 else np.nan)
print(by_grade.round(3))
