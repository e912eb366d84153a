"""churn-snapshots: regularised logistic regression with spline features."""
# Evaluation protocol (decided before looking at any score)
# - fit on Jan–Jun 2024 snapshots
# - evaluate on Jul–Sep 2024 snapshots of customers with no snapshot before July
#   → later months *and* unseen customers, like test.csv
# - compare with a prior-only baseline; report ROC AUC, PR AUC, log loss
#
# The leaky columns from the brief (retention_offer_accepted, account_closed_date_known)
# and the ids are not used.

import json
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder, SplineTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

task = json.load(open("task.json"))
print({k: task.get(k) for k in ["target", "metric", "time_column", "group_column", "leaky_columns"]})

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CAT = ["plan"]


def preprocessor():
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("spl", SplineTransformer(n_knots=5, degree=3)),
                          ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


# imputer/scaler/spline knots learned once on every feature row we have (train + test,
# no labels involved), so the knots cover the Oct-Dec ranges too
all_X = pd.concat([train[NUM + CAT], test[NUM + CAT]], ignore_index=True)
pre = preprocessor().fit(all_X)
Z_train = pre.transform(train[NUM + CAT])
Z_test = pre.transform(test[NUM + CAT])

# holdout: later months, unseen customers
cut = pd.Timestamp("2024-07-01")
fit_df = train[train.snapshot_month < cut]
eval_df = train[(train.snapshot_month >= cut) & ~train.customer_id.isin(fit_df.customer_id.unique())]
print(f"fit {len(fit_df)} rows / {fit_df.customer_id.nunique()} customers")
print(f"eval {len(eval_df)} rows / {eval_df.customer_id.nunique()} customers, prevalence {eval_df[TARGET].mean():.3%}")

Z_fit = Z_train[train.index.get_indexer(fit_df.index)]
Z_eval = Z_train[train.index.get_indexer(eval_df.index)]
clf = LogisticRegression(C=0.2, max_iter=5000).fit(Z_fit, fit_df[TARGET])
base = DummyClassifier(strategy="prior").fit(Z_fit, fit_df[TARGET])

rows = {}
for name, est in [("baseline_prior", base), ("spline_logreg", clf)]:
    p = est.predict_proba(Z_eval)[:, 1]
    rows[name] = {"roc_auc": roc_auc_score(eval_df[TARGET], p),
                  "pr_auc": average_precision_score(eval_df[TARGET], p),
                  "log_loss": log_loss(eval_df[TARGET], p)}
print(pd.DataFrame(rows).T.round(4))

# final model for the submission: every labelled row
lr_final = LogisticRegression(C=0.2, max_iter=5000).fit(Z_train, train[TARGET])
test_pred = lr_final.predict_proba(Z_test)[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": test_pred}).to_csv("predictions.csv", index=False)
print(len(test_pred), round(test_pred.mean(), 4))
