# churn-snapshots: regularised logistic regression with bootstrap confidence intervals
# Validation design: train Jan-Jun, evaluate Jul-Sep on customers never seen in Jan-Jun.
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
SNAP = task["time_column"]
CUST = task["group_column"]

raw = pd.read_csv("train.csv", parse_dates=[SNAP])
print(raw.isna().mean().sort_values(ascending=False).head())

categorical = ["plan", "region"]
numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

encoder = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical),
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
])
X = encoder.fit_transform(raw[categorical + numeric])
y = raw[TARGET].to_numpy()
feature_names = encoder.get_feature_names_out()

train_mask = (raw[SNAP] < "2024-07-01").to_numpy()
known = set(raw.loc[train_mask, CUST])
eval_mask = (~train_mask) & (~raw[CUST].isin(known)).to_numpy()
X_tr, y_tr = X[train_mask], y[train_mask]
X_ev, y_ev = X[eval_mask], y[eval_mask]
print(f"train {X_tr.shape}, eval {X_ev.shape}, eval churn rate {y_ev.mean():.3f}")

logit = LogisticRegression(C=0.3, max_iter=5000).fit(X_tr, y_tr)
prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p = logit.predict_proba(X_ev)[:, 1]
p0 = prior.predict_proba(X_ev)[:, 1]

coefs = pd.Series(logit.coef_[0], index=feature_names).sort_values()
print(coefs.round(3))


def bootstrap(metric, y_true, y_score, n=2000, seed=0):
    rng = np.random.default_rng(seed)
    vals = []
    for _ in range(n):
        idx = rng.integers(0, len(y_true), len(y_true))
        if len(np.unique(y_true[idx])) < 2:
            continue
        vals.append(metric(y_true[idx], y_score[idx]))
    return metric(y_true, y_score), np.percentile(vals, 2.5), np.percentile(vals, 97.5)


for label, score in [("logit", p), ("prior baseline", p0)]:
    for mname, m in [("roc_auc", roc_auc_score), ("pr_auc", average_precision_score), ("brier", brier_score_loss)]:
        est, lo, hi = bootstrap(m, y_ev, score)
        print(f"{label:15s} {mname:8s} {est:.4f}  [{lo:.4f}, {hi:.4f}]")

# delta AUC with a paired bootstrap
rng = np.random.default_rng(1)
deltas = []
for _ in range(2000):
    idx = rng.integers(0, len(y_ev), len(y_ev))
    if len(np.unique(y_ev[idx])) < 2:
        continue
    deltas.append(roc_auc_score(y_ev[idx], p[idx]) - roc_auc_score(y_ev[idx], p0[idx]))
print("AUC gain over baseline, 95% CI:", np.percentile(deltas, [2.5, 97.5]).round(3))

sub = pd.read_csv("test.csv")
logit.fit(X, y)
pd.DataFrame({task["id_column"]: sub[task["id_column"]],
              "prediction": logit.predict_proba(encoder.transform(sub[categorical + numeric]))[:, 1]}).to_csv("predictions.csv", index=False)
