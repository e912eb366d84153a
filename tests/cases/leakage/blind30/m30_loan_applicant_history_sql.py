"""Loan default -- applicant history from DuckDB window functions.

Splits (all by application_date, and unseen applicants on the evaluation side):
    fit   : < 2022-07-01
    valid : 2022-07-01 .. 2022-12-31, applicants absent from fit   -> choose C
    test  : >= 2023-01-01, applicants absent from fit+valid         -> scored once
"""
import duckdb
import numpy as np
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

con = duckdb.connect()
con.execute("CREATE TABLE loans AS SELECT * FROM read_csv_auto('train.csv')")

con.execute("""
CREATE TABLE feats AS
SELECT
    loan_id, applicant_id, application_date,
    amount, term_months, income, dti, credit_score, employment_years, n_open_accounts,
    ln(amount + 1) - ln(income + 1)                                   AS log_amount_to_income,
    COUNT(*) OVER hist                                                AS prior_applications,
    AVG(amount) OVER hist                                             AS prior_avg_amount,
    MAX(credit_score) OVER hist                                       AS prior_max_score,
    date_diff('day', LAG(application_date) OVER (PARTITION BY applicant_id ORDER BY application_date),
              application_date)                                       AS days_since_prev_app,
    defaulted
FROM loans
WINDOW hist AS (PARTITION BY applicant_id ORDER BY application_date
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
""")

fit = con.sql("SELECT * FROM feats WHERE application_date < DATE '2022-07-01'").pl()
valid = con.sql("""
    SELECT * FROM feats
    WHERE application_date >= DATE '2022-07-01' AND application_date < DATE '2023-01-01'
      AND applicant_id NOT IN (SELECT applicant_id FROM feats WHERE application_date < DATE '2022-07-01')
""").pl()
test = con.sql("""
    SELECT * FROM feats
    WHERE application_date >= DATE '2023-01-01'
      AND applicant_id NOT IN (SELECT applicant_id FROM feats WHERE application_date < DATE '2023-01-01')
""").pl()
print({"fit": fit.height, "valid": valid.height, "test": test.height})

COLS = ["amount", "term_months", "income", "dti", "credit_score", "employment_years", "n_open_accounts",
        "log_amount_to_income", "prior_applications", "prior_avg_amount", "prior_max_score",
        "days_since_prev_app"]


def xy(frame: pl.DataFrame):
    return frame.select(COLS).fill_null(-1).to_numpy(), frame["defaulted"].to_numpy()


X_fit, y_fit = xy(fit)
X_val, y_val = xy(valid)
X_te, y_te = xy(test)

# choose the regularisation strength on the validation window
val_scores = {}
for C in np.logspace(-3, 1, 9):
    m = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000)).fit(X_fit, y_fit)
    val_scores[C] = average_precision_score(y_val, m.predict_proba(X_val)[:, 1])
best_C = max(val_scores, key=val_scores.get)
print("best C on validation:", best_C, round(val_scores[best_C], 4))

# refit on fit+valid, score the untouched test window once
X_dev = np.vstack([X_fit, X_val])
y_dev = np.concatenate([y_fit, y_val])
final = make_pipeline(StandardScaler(), LogisticRegression(C=best_C, max_iter=3000)).fit(X_dev, y_dev)
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)

for name, est in (("dummy", dummy), ("logreg", final)):
    p = est.predict_proba(X_te)[:, 1]
    print(f"{name:7s} test ROC AUC {roc_auc_score(y_te, p):.3f} | PR AUC {average_precision_score(y_te, p):.3f}")
