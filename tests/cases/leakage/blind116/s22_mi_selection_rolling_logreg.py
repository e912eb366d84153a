"""Churn snapshots: interaction features + mutual-information selection + logistic regression.

Evaluation: rolling origin by month. For each origin month (Apr-Sep) the model is
fitted on the months before it and evaluated on that month's customers that have
no earlier snapshot. Baseline: training prior.
"""
import json
from itertools import combinations

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
target, tcol, gcol, idcol = task["target"], task["time_column"], task["group_column"], task["id_column"]
leaky = task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
df[tcol] = pd.to_datetime(df[tcol])
print(df.shape, "churn rate", round(df[target].mean(), 4))

numeric = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct", "autopay"]
categorical = ["plan", "region", "contract_type", "payment_method"]


def expand(frame):
    base = frame[numeric].astype(float).copy()
    base["log_charges"] = np.log1p(base["monthly_charges"])
    base["log_logins"] = np.log1p(base["logins_30d"])
    for a, b in combinations(numeric, 2):
        base[f"{a}*{b}"] = base[a] * base[b]
    dummies = pd.get_dummies(frame[categorical], dtype=float)
    return pd.concat([base, dummies], axis=1)


X_full = expand(df)
y = df[target].to_numpy()
print("candidate features:", X_full.shape[1])

selector = SelectKBest(mutual_info_classif, k=25)
selector.fit(X_full, y)
kept = X_full.columns[selector.get_support()]
print("kept:", list(kept))
X = X_full[kept]

months = sorted(df[tcol].unique())
rows = []
for origin in months[3:]:
    tr = (df[tcol] < origin).to_numpy()
    va = ((df[tcol] == origin) & ~df[gcol].isin(df.loc[tr, gcol])).to_numpy()
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.2, max_iter=5000))
    model.fit(X[tr], y[tr])
    prior = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
    p = model.predict_proba(X[va])[:, 1]
    rows.append({
        "origin": pd.Timestamp(origin).strftime("%Y-%m"),
        "n": int(va.sum()),
        "roc_auc": roc_auc_score(y[va], p),
        "pr_auc": average_precision_score(y[va], p),
        "pr_auc_prior": average_precision_score(y[va], prior.predict_proba(X[va])[:, 1]),
    })

res = pd.DataFrame(rows)
print(res.round(3).to_string(index=False))
print(res[["roc_auc", "pr_auc", "pr_auc_prior"]].mean().round(3).to_string())

final = make_pipeline(StandardScaler(), LogisticRegression(C=0.2, max_iter=5000)).fit(X, y)
coef = pd.Series(final[-1].coef_[0], index=kept).sort_values()
print(coef.round(3).to_string())

test = pd.read_csv("test.csv")
X_test = expand(test).reindex(columns=X_full.columns, fill_value=0.0)[kept]
pd.DataFrame({idcol: test[idcol], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("done")
