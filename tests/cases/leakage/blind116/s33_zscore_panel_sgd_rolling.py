"""Churn snapshots - linear model trained with SGD, rolling-origin evaluation.

Numeric columns are standardised, categoricals one-hot encoded. Each origin
month Apr-Sep is scored by a model fitted on the earlier months, on the
customers that appear for the first time in the origin month.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

task = json.loads(Path("task.json").read_text())
target = task["target"]
month_col = task["time_column"]
customer_col = task["group_column"]
id_col = task["id_column"]

df = pd.read_csv("train.csv")
df[month_col] = pd.to_datetime(df[month_col])
print(df.shape, df[target].mean())

numeric = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct"]
categorical = ["plan", "region", "contract_type", "payment_method"]

# heavy right tails on usage counts
for col in ["logins_30d", "support_tickets_30d", "payment_failures_90d"]:
    df[col] = np.log1p(df[col].clip(lower=0))

means, stds = df[numeric].mean(), df[numeric].std()
Z = (df[numeric] - means) / stds
Z["autopay"] = df["autopay"].astype(float)
X = pd.concat([Z, pd.get_dummies(df[categorical], dtype=float)], axis=1)
y = df[target].to_numpy()
print(X.describe().T[["mean", "std"]].round(2).head(8))


def sgd():
    return SGDClassifier(loss="log_loss", penalty="elasticnet", alpha=1e-4, l1_ratio=0.15,
                         class_weight={0: 1.0, 1: 5.0}, max_iter=50, tol=None, random_state=0)


months = sorted(df[month_col].unique())
out = []
for origin in months[3:]:
    tr = (df[month_col] < origin).to_numpy()
    ev = ((df[month_col] == origin) & ~df[customer_col].isin(df.loc[tr, customer_col])).to_numpy()
    clf = sgd().fit(X[tr], y[tr])
    base = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
    p = clf.predict_proba(X[ev])[:, 1]
    q = base.predict_proba(X[ev])[:, 1]
    out.append({"origin": str(origin)[:7], "n": int(ev.sum()), "churners": int(y[ev].sum()),
                "roc_auc": roc_auc_score(y[ev], p), "pr_auc": average_precision_score(y[ev], p),
                "pr_auc_prior": average_precision_score(y[ev], q),
                "brier": brier_score_loss(y[ev], p), "brier_prior": brier_score_loss(y[ev], q)})

out = pd.DataFrame(out)
print(out.round(3).to_string(index=False))
print(out.drop(columns=["origin", "n", "churners"]).mean().round(4).to_string())

final = sgd().fit(X, y)
weights = pd.Series(final.coef_[0], index=X.columns).sort_values()
print(weights.round(3).to_string())

test = pd.read_csv("test.csv")
for col in ["logins_30d", "support_tickets_30d", "payment_failures_90d"]:
    test[col] = np.log1p(test[col].clip(lower=0))
Zt = (test[numeric] - means) / stds
Zt["autopay"] = test["autopay"].astype(float)
Xt = pd.concat([Zt, pd.get_dummies(test[categorical], dtype=float)], axis=1).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({id_col: test[id_col], "prediction": final.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
