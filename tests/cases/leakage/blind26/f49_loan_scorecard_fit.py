"""Application scorecard: fit on the full loan book and check discrimination."""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

book = pd.read_csv("applications.csv", parse_dates=["application_date"])
book = book.sort_values(["applicant_id", "application_date"])

book["prior_loans"] = book.groupby("applicant_id").cumcount()
book["loan_to_income"] = book["amount"] / book["income"].clip(lower=1)
book["long_term"] = (book["term_months"] >= 48).astype(int)
book["emp_lt_2y"] = (book["employment_years"] < 2).astype(int)
book["dti_band"] = pd.cut(book["dti"], bins=[-np.inf, 10, 20, 30, 40, np.inf], labels=False)
book["lti_band"] = pd.cut(book["loan_to_income"], bins=[-np.inf, 0.1, 0.25, 0.5, 1.0, np.inf], labels=False)
book = pd.get_dummies(book, columns=["purpose", "home_ownership"], drop_first=True, dtype=float)

scorecard_vars = (["loan_id", "prior_loans", "long_term", "emp_lt_2y", "dti_band", "lti_band"]
                  + [c for c in book.columns if c.startswith(("purpose_", "home_ownership_"))])
X = book[scorecard_vars].fillna(0)
y = book["defaulted_12m"]

lr = LogisticRegression(C=1.0, max_iter=5000)
lr.fit(X, y)
pd_hat = lr.predict_proba(X)[:, 1]

auc = roc_auc_score(y, pd_hat)
print(f"AUC   {auc:.3f}   Gini {2 * auc - 1:.3f}")
print(f"AP    {average_precision_score(y, pd_hat):.3f}")
print(f"Brier {brier_score_loss(y, pd_hat):.4f}")

points = pd.Series(np.round(-lr.coef_[0] * 20 / np.log(2)), index=scorecard_vars)
print(points.sort_values())

book["score_band"] = pd.qcut(pd_hat, 10, labels=False, duplicates="drop")
print(book.groupby("score_band")["defaulted_12m"].agg(["count", "mean"]))
