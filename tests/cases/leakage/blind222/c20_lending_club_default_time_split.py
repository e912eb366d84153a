"""
Lending Club 2007-2018 accepted loans: will a 36-month loan be charged off?

Only fields known at origination are used. Train on loans issued up to the end of
2015, evaluate on loans issued in 2016 (resolved loans only, so the 2016 vintage is
a bit biased towards early payoffs / early charge-offs - good enough for a first pass).
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
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

# out-of-time split: everything issued before 2016 trains, 2016 vintages test
cutoff = pd.Timestamp("2016-01-01")
train_mask = loans["issue_d"] < cutoff
test_mask = (loans["issue_d"] >= cutoff) & (loans["issue_d"] < "2017-01-01")

X_train, y_train = loans.loc[train_mask, num + cat], loans.loc[train_mask, "charged_off"]
X_test, y_test = loans.loc[test_mask, num + cat], loans.loc[test_mask, "charged_off"]
print("train", X_train.shape, y_train.mean().round(4), "| test", X_test.shape, y_test.mean().round(4))

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    (OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat),
)

models = {
    "prior (baseline)": DummyClassifier(strategy="prior"),
    "grade-only logistic": None,
    "logistic": LogisticRegression(max_iter=2000, C=0.1),
    "xgboost": XGBClassifier(n_estimators=500, learning_rate=0.05, max_depth=5, subsample=0.8,
                             colsample_bytree=0.8, tree_method="hist", eval_metric="auc"),
}

preds = {}
for name, clf in models.items():
    if name == "grade-only logistic":
        pipe = make_pipeline(OneHotEncoder(handle_unknown="ignore"), LogisticRegression(max_iter=1000))
        pipe.fit(X_train[["sub_grade"]], y_train)
        preds[name] = pipe.predict_proba(X_test[["sub_grade"]])[:, 1]
        continue
    pipe = make_pipeline(prep, clf)
    pipe.fit(X_train, y_train)
    preds[name] = pipe.predict_proba(X_test)[:, 1]

for name, p in preds.items():
    print(f"{name:20s} AUC={roc_auc_score(y_test, p):.4f}  logloss={log_loss(y_test, p):.4f}")

# AUC by issue quarter inside the test year
test_frame = loans.loc[test_mask, ["issue_d"]].assign(y=y_test.values, p=preds["xgboost"])
by_q = test_frame.groupby(test_frame["issue_d"].dt.quarter).apply(
    lambda g: roc_auc_score(g["y"], g["p"]))
print(by_q.round(3))
