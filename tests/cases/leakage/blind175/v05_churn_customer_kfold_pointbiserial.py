"""Churn next month -- driver screening + logistic regression.

Step 1 screens candidate drivers with univariate tests (point-biserial for
numeric, chi-square for categorical), step 2 cross-validates a logistic
regression on the retained drivers with folds made of whole customers, so
that no customer sits in both the training and the scoring fold.
"""
import json

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
LEAKY = set(task.get("leaky_columns", []))

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
categorical = ["plan", "region"]
numeric = [c for c in numeric if c not in LEAKY]

# --- 1. univariate screening -------------------------------------------------
screen = []
for c in numeric:
    r, p = stats.pointbiserialr(df[TARGET], df[c])
    screen.append({"driver": c, "test": "point-biserial", "stat": r, "p_value": p})
for c in categorical:
    chi2, p, dof, _ = stats.chi2_contingency(pd.crosstab(df[c], df[TARGET]))
    screen.append({"driver": c, "test": f"chi2 (dof={dof})", "stat": chi2, "p_value": p})
screen = pd.DataFrame(screen).sort_values("p_value")
print(screen.to_string(index=False))

keep = screen.loc[screen["p_value"] < 0.01, "driver"].tolist()
keep_num = [c for c in keep if c in numeric]
keep_cat = [c for c in keep if c in categorical]
print("retained drivers:", keep)


def design(frame, columns=None):
    X = pd.get_dummies(frame[keep_num + keep_cat], columns=keep_cat, drop_first=True).astype(float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


X = design(df)
y = df[TARGET].to_numpy()

# --- 2. 5-fold CV over customers -----------------------------------------------
customers = df[GROUP].unique()
rng = np.random.default_rng(7)
rng.shuffle(customers)
cust_folds = np.array_split(customers, 5)

results = []
for k, fold_customers in enumerate(cust_folds):
    va_mask = df[GROUP].isin(fold_customers).to_numpy()
    tr_idx, va_idx = np.where(~va_mask)[0], np.where(va_mask)[0]
    scaler = StandardScaler().fit(X.iloc[tr_idx])
    clf = LogisticRegression(max_iter=1000)
    clf.fit(scaler.transform(X.iloc[tr_idx]), y[tr_idx])
    p = clf.predict_proba(scaler.transform(X.iloc[va_idx]))[:, 1]
    prior = np.full(len(va_idx), y[tr_idx].mean())
    results.append({
        "fold": k,
        "customers": len(fold_customers),
        "auc": roc_auc_score(y[va_idx], p),
        "pr_auc": average_precision_score(y[va_idx], p),
        "baseline_pr_auc": average_precision_score(y[va_idx], prior),
    })

res = pd.DataFrame(results)
print(res.round(4).to_string(index=False))
print("mean AUC %.3f (sd %.3f); PR-AUC %.3f vs prior baseline %.3f" % (
    res.auc.mean(), res.auc.std(), res.pr_auc.mean(), res.baseline_pr_auc.mean()))

# --- 3. refit on everything, predict Oct-Dec -------------------------------------
scaler = StandardScaler().fit(X)
final = LogisticRegression(max_iter=1000).fit(scaler.transform(X), y)
X_test = design(test, columns=X.columns)
pred = final.predict_proba(scaler.transform(X_test))[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
