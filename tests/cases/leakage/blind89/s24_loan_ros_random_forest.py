"""Loan default – random oversampling on the training split, SelectFromModel, random forest.

The holdout keeps its natural 4% default rate; only the training rows are oversampled.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "default_flag"
LEAKY = ["recovery_amount", "collection_status", "days_past_due_max"]

df = pd.read_csv("train.csv")
df = df.drop(columns=LEAKY)
df["term_months"] = df["term"].str.extract(r"(\d+)", expand=False).astype(float)
df["emp_years"] = df["emp_length"].str.extract(r"(\d+)", expand=False).astype(float)
df["revol_util"] = df["revol_util"].clip(upper=150)
X = pd.get_dummies(df.drop(columns=["loan_id", TARGET, "term", "emp_length", "sub_grade", "addr_state"]),
                   columns=["grade", "home_ownership", "verification_status", "purpose"], dtype=float)
X = X.fillna(-999)
y = df[TARGET].astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=21)

ros = RandomOverSampler(sampling_strategy=0.25, random_state=21)
X_res, y_res = ros.fit_resample(X_train, y_train)
print("train before:", np.bincount(y_train), "after:", np.bincount(y_res))

selector = SelectFromModel(
    ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=21),
    threshold="median",
).fit(X_res, y_res)
cols = X.columns[selector.get_support()]
print(len(cols), "features kept:", list(cols))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features="sqrt",
                            n_jobs=-1, random_state=21)
rf.fit(X_res[cols], y_res)
p_rf = rf.predict_proba(X_test[cols])[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]

report = pd.DataFrame({
    "roc_auc": [roc_auc_score(y_test, p_dummy), roc_auc_score(y_test, p_rf)],
    "avg_precision": [average_precision_score(y_test, p_dummy), average_precision_score(y_test, p_rf)],
}, index=["prior baseline", "random forest"])
print(report.round(4))

# top-decile capture: share of all holdout defaults among the 10% riskiest loans
top = np.argsort(-p_rf)[: len(p_rf) // 10]
print("defaults captured in top decile: %.1f%%" % (100 * y_test.values[top].sum() / y_test.sum()))
