# -*- coding: utf-8 -*-
"""
Churn take-home (churn-snapshots).

Validation: custom splitter -> months before the origin for fitting, the origin
month for scoring, scoring rows limited to customers that are new to the model.
Model: regularised logistic regression on scaled numerics + one-hot categories.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.preprocessing import OneHotEncoder, PowerTransformer

cfg = json.load(open("task.json"))
TARGET = cfg["target"]
TIME = cfg["time_column"]
CUST = cfg["group_column"]
SID = cfg["id_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
train = train.sort_values(TIME, kind="stable").reset_index(drop=True)

NUMERIC = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]
CATEG = ["plan", "region", "has_discount"]


class OriginSplitter(BaseCrossValidator):
    def __init__(self, time_values, customer_values, origins):
        self.time_values = pd.to_datetime(pd.Series(time_values)).to_numpy()
        self.customer_values = np.asarray(customer_values)
        self.origins = [np.datetime64(pd.Timestamp(o)) for o in origins]

    def get_n_splits(self, X=None, y=None, groups=None):
        return len(self.origins)

    def split(self, X, y=None, groups=None):
        for origin in self.origins:
            fit_rows = self.time_values < origin
            known = np.unique(self.customer_values[fit_rows])
            score_rows = (self.time_values == origin) & ~np.isin(self.customer_values, known)
            yield np.nonzero(fit_rows)[0], np.nonzero(score_rows)[0]


# ---- preprocessing ---------------------------------------------------------
prep = ColumnTransformer([
    ("num", PowerTransformer(method="yeo-johnson", standardize=True), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEG),
])
X = prep.fit_transform(train[NUMERIC + CATEG])
X_test = prep.transform(test[NUMERIC + CATEG])
y = train[TARGET].to_numpy()
names = prep.get_feature_names_out()
print(X.shape, len(names))

# ---- validation ------------------------------------------------------------
splitter = OriginSplitter(train[TIME], train[CUST],
                          origins=["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"])

candidates = {
    "prior_baseline": DummyClassifier(strategy="prior"),
    "logreg_C0.1": LogisticRegression(C=0.1, max_iter=4000),
    "logreg_C1": LogisticRegression(C=1.0, max_iter=4000),
    "logreg_C1_bal": LogisticRegression(C=1.0, max_iter=4000, class_weight="balanced"),
}

report = {}
for name, est in candidates.items():
    cv_res = cross_validate(est, X, y, cv=splitter, scoring=("roc_auc", "average_precision"))
    report[name] = {
        "auc_mean": cv_res["test_roc_auc"].mean(),
        "auc_min": cv_res["test_roc_auc"].min(),
        "ap_mean": cv_res["test_average_precision"].mean(),
    }
report = pd.DataFrame(report).T.sort_values("auc_mean", ascending=False)
print(report.round(4))

chosen = report.index[0]
print("chosen:", chosen)
clf = candidates[chosen].fit(X, y)

if hasattr(clf, "coef_"):
    coef = pd.Series(clf.coef_.ravel(), index=names).sort_values()
    print(coef.head(5), coef.tail(5), sep="\n")

pd.DataFrame({SID: test[SID], "prediction": clf.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
