"""Loan default - XGBoost, time-aware cross-validation.

Rows are sorted by issue_date; xgb.cv receives TimeSeriesSplit folds so every
validation fold is later than its training rows. The last 15% of the timeline
is a final holdout scored once.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import TimeSeriesSplit

GRADE = {g: i for i, g in enumerate("ABCDEFG")}
NUMERIC = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs",
           "inq_last_6mths", "open_acc", "revol_bal", "revol_util", "total_acc", "fico_low"]


def prepare(frame):
    X = frame[NUMERIC].copy()
    X["term_months"] = frame["term"].str.extract(r"(\d+)", expand=False).astype(float)
    X["emp_years"] = frame["emp_length"].str.extract(r"(\d+)", expand=False).astype(float)
    X["grade_num"] = frame["grade"].map(GRADE)
    X["payment_to_income"] = 12 * frame["installment"] / frame["annual_inc"].replace(0, np.nan)
    X["issue_month"] = frame["issue_date"].dt.month
    dummies = pd.get_dummies(frame[["home_ownership", "purpose"]], dtype=float)
    return pd.concat([X, dummies], axis=1)


df = pd.read_csv("train.csv", parse_dates=["issue_date"]).sort_values("issue_date").reset_index(drop=True)
sub = pd.read_csv("test.csv", parse_dates=["issue_date"])

X = prepare(df)
y = df["defaulted"].to_numpy()

n_dev = int(len(df) * 0.85)
X_dev, y_dev = X.iloc[:n_dev], y[:n_dev]
X_hold, y_hold = X.iloc[n_dev:], y[n_dev:]
print("dev up to", df.issue_date.iloc[n_dev - 1].date(), "| holdout from", df.issue_date.iloc[n_dev].date())

params = {"objective": "binary:logistic", "eval_metric": ["logloss", "auc"], "eta": 0.03,
          "max_depth": 5, "min_child_weight": 10, "subsample": 0.8, "colsample_bytree": 0.7,
          "tree_method": "hist"}

ddev = xgb.DMatrix(X_dev, label=y_dev)
folds = list(TimeSeriesSplit(n_splits=5).split(X_dev))
cv = xgb.cv(params, ddev, num_boost_round=3000, folds=folds, early_stopping_rounds=100, verbose_eval=200)
n_rounds = cv.shape[0]
print(f"time-series CV: AUC {cv['test-auc-mean'].iloc[-1]:.4f}, rounds {n_rounds}")

bst = xgb.train(params, ddev, num_boost_round=n_rounds)
p_hold = bst.predict(xgb.DMatrix(X_hold))
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
p_dummy = dummy.predict_proba(X_hold)[:, 1]

print(f"holdout AUC     model {roc_auc_score(y_hold, p_hold):.4f} | baseline {roc_auc_score(y_hold, p_dummy):.4f}")
print(f"holdout logloss model {log_loss(y_hold, p_hold):.4f} | baseline {log_loss(y_hold, p_dummy):.4f}")

bst_all = xgb.train(params, xgb.DMatrix(X, label=y), num_boost_round=n_rounds)
X_sub = prepare(sub).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"loan_id": sub["loan_id"], "prediction": bst_all.predict(xgb.DMatrix(X_sub))}).to_csv(
    "predictions.csv", index=False)
