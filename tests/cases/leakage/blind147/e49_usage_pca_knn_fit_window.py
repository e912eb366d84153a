"""Churn next month: compress the usage block with PCA, then a k-NN / logistic blend.

Usage columns are strongly collinear (logins, last-login gap, tickets), so they are
reduced to 3 principal components, learned on the fitting rows only. The leaky
columns from task.json are excluded and the split is checked for time order and
customer overlap.
"""
import json

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
target, time_col = task["target"], task["time_column"]
cust, id_col = task["group_column"], task["id_column"]

train = pd.read_csv("train.csv", parse_dates=[time_col])
test = pd.read_csv("test.csv", parse_dates=[time_col])

USAGE = ["logins_30d", "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
ACCOUNT = ["tenure_months", "monthly_charges", "has_discount"]
for frame in (train, test):
    frame["days_since_last_login"] = frame["days_since_last_login"].fillna(60).clip(upper=120)
    frame["log_tenure"] = np.log1p(frame["tenure_months"])

assert not set(USAGE + ACCOUNT) & set(task["leaky_columns"])
print(train[USAGE].corr().round(2))



def fit_usage_block(frame):
    """Scaler + 3-component PCA for the usage block, learned from `frame` only."""
    global usage_scaler, pca
    usage_scaler = StandardScaler().fit(frame[USAGE])
    pca = PCA(n_components=3, random_state=0).fit(usage_scaler.transform(frame[USAGE]))
    print("explained variance:", pca.explained_variance_ratio_.round(3))


def design(frame):
    comps = pca.transform(usage_scaler.transform(frame[USAGE]))
    X = pd.DataFrame(comps, columns=["usage_pc1", "usage_pc2", "usage_pc3"], index=frame.index)
    X["log_tenure"] = frame["log_tenure"]
    X["monthly_charges"] = frame["monthly_charges"]
    X["has_discount"] = frame["has_discount"]
    X = X.join(pd.get_dummies(frame["plan"], prefix="plan", dtype=float))
    return X


cut = pd.Timestamp("2024-07-01")
a = train[train[time_col] < cut]
b = train[(train[time_col] >= cut) & ~train[cust].isin(a[cust])]
assert a[time_col].max() < b[time_col].min()
assert set(a[cust]).isdisjoint(b[cust])

fit_usage_block(a)          # usage scaler + PCA see the fitting window only
Xa, Xb = design(a), design(b)
acct_scaler = StandardScaler().fit(Xa[["log_tenure", "monthly_charges"]])
Xa[["log_tenure", "monthly_charges"]] = acct_scaler.transform(Xa[["log_tenure", "monthly_charges"]])
Xb[["log_tenure", "monthly_charges"]] = acct_scaler.transform(Xb[["log_tenure", "monthly_charges"]])

knn = KNeighborsClassifier(n_neighbors=75, weights="distance").fit(Xa, a[target])
lr = LogisticRegression(C=0.5, max_iter=2000).fit(Xa, a[target])
p_blend = 0.5 * knn.predict_proba(Xb)[:, 1] + 0.5 * lr.predict_proba(Xb)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(Xa, a[target]).predict_proba(Xb)[:, 1]
print(f"baseline  roc_auc={roc_auc_score(b[target], p_base):.4f} "
      f"ap={average_precision_score(b[target], p_base):.4f}")
print(f"blend     roc_auc={roc_auc_score(b[target], p_blend):.4f} "
      f"ap={average_precision_score(b[target], p_blend):.4f}")

# final: refit everything on all labelled rows
fit_usage_block(train)
X_full = design(train)
acct_scaler.fit(X_full[["log_tenure", "monthly_charges"]])
X_full[["log_tenure", "monthly_charges"]] = acct_scaler.transform(X_full[["log_tenure", "monthly_charges"]])
X_test = design(test).reindex(columns=X_full.columns, fill_value=0.0)
X_test[["log_tenure", "monthly_charges"]] = acct_scaler.transform(X_test[["log_tenure", "monthly_charges"]])
knn.fit(X_full, train[target])
lr.fit(X_full, train[target])
pred = 0.5 * knn.predict_proba(X_test)[:, 1] + 0.5 * lr.predict_proba(X_test)[:, 1]
pd.DataFrame({id_col: test[id_col], "prediction": pred}).to_csv("predictions.csv", index=False)
