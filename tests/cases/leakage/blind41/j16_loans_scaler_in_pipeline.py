"""Loan default take-home: logistic regression.

loans.csv       loan_id, applicant_id, issue_date, amount, term_months,
                interest_rate, purpose, grade, home_state, annual_income, defaulted
repayments.csv  loan_id, installment_no, due_date, paid_date, amount_due, amount_paid
bureau.csv      applicant_id, report_date, inquiries_6m, open_trades,
                delinquencies_24m, credit_score, utilization
The model scores a loan right after its sixth scheduled installment.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

loans = pd.read_csv("loans.csv", parse_dates=["issue_date"])
repay = pd.read_csv("repayments.csv", parse_dates=["due_date", "paid_date"])
bureau = pd.read_csv("bureau.csv", parse_dates=["report_date"])

# first six installments only: that is what is known when the model scores a loan
early = repay[repay["installment_no"] <= 6].copy()
early["days_late"] = (early["paid_date"] - early["due_date"]).dt.days.clip(lower=0)
early["short_paid"] = (early["amount_paid"] < early["amount_due"]).astype(int)
rep = early.groupby("loan_id").agg(
    max_days_late=("days_late", "max"),
    mean_days_late=("days_late", "mean"),
    n_short_paid=("short_paid", "sum"),
    paid=("amount_paid", "sum"),
    due=("amount_due", "sum"),
)
rep["paid_ratio"] = rep["paid"] / rep["due"]
rep = rep.drop(columns=["paid", "due"])

# latest bureau report on or before the issue date
df = pd.merge_asof(
    loans.sort_values("issue_date"), bureau.sort_values("report_date"),
    left_on="issue_date", right_on="report_date", by="applicant_id", direction="backward",
)
df = df.merge(rep, left_on="loan_id", right_index=True, how="left")
bureau_cols = ["inquiries_6m", "open_trades", "delinquencies_24m", "credit_score", "utilization"]
df["no_bureau"] = df["credit_score"].isna().astype(int)
df[bureau_cols] = df[bureau_cols].fillna(0)
df[["max_days_late", "mean_days_late", "n_short_paid"]] = df[["max_days_late", "mean_days_late", "n_short_paid"]].fillna(0)
df["paid_ratio"] = df["paid_ratio"].fillna(1.0)
df["log_income"] = np.log1p(df["annual_income"])
df["loan_to_income"] = df["amount"] / df["annual_income"].clip(lower=1)
df = pd.get_dummies(df, columns=["purpose", "grade"], dtype=int)

features = [c for c in df.columns
            if c not in ("loan_id", "applicant_id", "issue_date", "report_date", "home_state", "defaulted")]
X = df[features]
y = df["defaulted"]


X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)
clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
clf.fit(X_train, y_train)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("baseline accuracy:", round(accuracy_score(y_test, dummy.predict(X_test)), 3))
print("logreg accuracy:  ", round(accuracy_score(y_test, pred), 3))
print("logreg F1:        ", round(f1_score(y_test, pred), 3))
print("logreg ROC AUC:   ", round(roc_auc_score(y_test, proba), 3))
