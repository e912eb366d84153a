"""Loan default: LightGBM native API, out-of-time evaluation with early stopping."""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, average_precision_score

CAT = ["grade", "sub_grade", "home_ownership", "verification_status", "purpose", "addr_state"]
NUM = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs",
       "inq_last_6mths", "open_acc", "revol_bal", "revol_util", "total_acc", "fico_low"]


def engineer(frame):
    frame = frame.copy()
    frame["term_m"] = frame["term"].str.extract(r"(\d+)", expand=False).astype(int)
    frame["emp_y"] = frame["emp_length"].str.replace("10+", "10", regex=False).str.extract(r"(\d+)", expand=False).astype(float)
    frame["dti_x_rate"] = frame["dti"] * frame["int_rate"]
    return frame


df = engineer(pd.read_csv("train.csv", parse_dates=["issue_date"]))
FEATURES = NUM + CAT + ["term_m", "emp_y", "dti_x_rate"]

train = df[df.issue_date < "2020-01-01"].copy()
test = df[df.issue_date >= "2020-01-01"].copy()
for c in CAT:
    levels = pd.Index(sorted(train[c].dropna().unique()))
    train[c] = pd.Categorical(train[c], categories=levels)
    test[c] = pd.Categorical(test[c], categories=levels)

dtrain = lgb.Dataset(train[FEATURES], label=train["defaulted"], categorical_feature=CAT)
dtest = lgb.Dataset(test[FEATURES], label=test["defaulted"], reference=dtrain)

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 48,
    "min_data_in_leaf": 200,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "cat_smooth": 20,
    "verbose": -1,
}
model = lgb.train(
    params,
    dtrain,
    num_boost_round=10000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(250)],
)

p = model.predict(test[FEATURES], num_iteration=model.best_iteration)
print("best iteration:", model.best_iteration)
print("test AUC:", roc_auc_score(test["defaulted"], p))
print("test AP :", average_precision_score(test["defaulted"], p))
print("baseline AP (default rate of the training loans):", train["defaulted"].mean())
