"""Loan default model: logistic regression with a target-encoded loan purpose."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

LEAKY = ["recoveries", "collection_recovery_fee", "last_pymnt_amnt"]

loans = pd.read_csv("train.csv")
print(loans.shape)
print(loans["grade"].value_counts().sort_index())
print(loans["purpose"].value_counts())

# default rate per purpose (smoothed), used as a numeric feature
global_rate = loans["bad_loan"].mean()
purpose_stats = loans.groupby("purpose")["bad_loan"].agg(["sum", "count"])
purpose_rate = (purpose_stats["sum"] + 20 * global_rate) / (purpose_stats["count"] + 20)
loans["purpose_default_rate"] = loans["purpose"].map(purpose_rate)
print(purpose_rate.sort_values())

loans["term_months"] = loans["term"].str.extract(r"(\d+)").astype(float)
loans["log_income"] = np.log1p(loans["annual_inc"])
loans["installment_to_income"] = loans["installment"] * 12 / loans["annual_inc"].clip(lower=1)

num_cols = ["loan_amnt", "term_months", "int_rate", "installment", "log_income", "dti", "delinq_2yrs",
            "inq_last_6mths", "open_acc", "revol_util", "total_acc", "installment_to_income",
            "purpose_default_rate"]
cat_cols = ["grade", "emp_length", "home_ownership"]

X = loans.drop(columns=["application_id", "customer_id", "bad_loan"] + LEAKY)[num_cols + cat_cols]
y = loans["bad_loan"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

pre = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), cat_cols),
)
clf = make_pipeline(pre, LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3))
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
pred = clf.predict(X_test)
print("ROC AUC :", roc_auc_score(y_test, proba))
print("accuracy:", accuracy_score(y_test, pred))
print(classification_report(y_test, pred))

coef_names = clf[0].get_feature_names_out()
coefs = pd.Series(clf[-1].coef_[0], index=coef_names).sort_values()
print(coefs.head(10))
print(coefs.tail(10))
