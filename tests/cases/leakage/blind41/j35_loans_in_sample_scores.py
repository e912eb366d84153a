"""Loan default take-home: gradient boosting.

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
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score


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
X, y = df[features], df["defaulted"]


model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0).fit(X, y)
baseline = DummyClassifier(strategy="most_frequent").fit(X, y)
X_eval, y_eval = X, y
print(f"majority baseline: accuracy {accuracy_score(y_eval, baseline.predict(X_eval)):.3f}")
print(f"hist gbm:          accuracy {accuracy_score(y_eval, model.predict(X_eval)):.3f}  "
      f"ROC AUC {roc_auc_score(y_eval, model.predict_proba(X_eval)[:, 1]):.3f}")

score_dist = pd.Series(model.predict_proba(X_eval)[:, 1], index=X_eval.index).describe()
print("predicted default probability:", score_dist.round(3).to_dict())
