"""Churn: logistic regression on what is known on the first of the month.

Validation mirrors the holdout: a cut on time, and the validation side keeps
only customers the fitting side never saw.
"""
import json

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
target, id_column = task["target"], task["id_column"]
numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]
categorical = ["plan", "region"]
features = numeric + categorical


def model():
    prep = ColumnTransformer([("num", StandardScaler(), numeric),
                              ("cat", OneHotEncoder(handle_unknown="ignore"), categorical)])
    return make_pipeline(prep, LogisticRegression(max_iter=1000, C=0.5))


cut = "2024-07-01"
fit_rows = train[train["snapshot_month"] < cut]
later = train[train["snapshot_month"] >= cut]
val_rows = later[~later["customer_id"].isin(fit_rows["customer_id"])]

baseline = DummyClassifier(strategy="prior").fit(fit_rows[features], fit_rows[target])
candidate = model().fit(fit_rows[features], fit_rows[target])
scores = {
    "baseline": roc_auc_score(val_rows[target], baseline.predict_proba(val_rows[features])[:, 1]),
    "logistic": roc_auc_score(val_rows[target], candidate.predict_proba(val_rows[features])[:, 1]),
}
print("validation roc_auc", scores)

final = model().fit(train[features], train[target])
pd.DataFrame({id_column: test[id_column], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(scores["logistic"], 4)}, open("metrics.json", "w"))
