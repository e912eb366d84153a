"""Churn snapshots: logistic regression vs. a small MLP on standardised / one-hot inputs.

Validation: fit on snapshots before July 2024; evaluate on July-September
snapshots of customers with no earlier rows. Baseline: DummyClassifier(prior).
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, PowerTransformer

warnings.filterwarnings("ignore", category=ConvergenceWarning)

TARGET, ID = "churned_next_month", "snapshot_id"
SKEWED = ["monthly_charges", "logins_30d", "days_since_last_login", "support_tickets_30d",
          "payment_failures_90d"]
OTHER_NUM = ["tenure_months", "has_discount"]
CAT = ["plan", "region"]

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
unseen = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
data["has_discount"] = data["has_discount"].astype(float)
unseen["has_discount"] = unseen["has_discount"].astype(float)
print(data[SKEWED].skew().round(2))

ct = ColumnTransformer([
    ("skewed", Pipeline([("imp", SimpleImputer(strategy="median")),
                         ("yj", PowerTransformer(method="yeo-johnson"))]), SKEWED),
    ("other", SimpleImputer(strategy="most_frequent"), OTHER_NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
])
Z = ct.fit_transform(data[SKEWED + OTHER_NUM + CAT])
Z_unseen = ct.transform(unseen[SKEWED + OTHER_NUM + CAT])
y = data[TARGET].to_numpy()
print("design matrix", Z.shape)

cut = pd.Timestamp("2024-07-01")
fit_mask = (data.snapshot_month < cut).to_numpy()
fit_customers = data.loc[fit_mask, "customer_id"].unique()
eval_mask = ((data.snapshot_month >= cut) & ~data.customer_id.isin(fit_customers)).to_numpy()

models = {
    "baseline_dummy": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced"),
    "mlp": MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, learning_rate_init=1e-3,
                         max_iter=200, random_state=0),
}
scores = {}
for name, m in models.items():
    m.fit(Z[fit_mask], y[fit_mask])
    p = m.predict_proba(Z[eval_mask])[:, 1]
    scores[name] = {"roc_auc": round(roc_auc_score(y[eval_mask], p), 4),
                    "average_precision": round(average_precision_score(y[eval_mask], p), 4)}
print(pd.DataFrame(scores).T)

chosen = max(["logreg", "mlp"], key=lambda k: scores[k]["roc_auc"])
print("using", chosen)
final = models[chosen].fit(Z, y)
pd.DataFrame({ID: unseen[ID], "prediction": final.predict_proba(Z_unseen)[:, 1]}).to_csv("predictions.csv", index=False)
json.dump(scores[chosen], open("metrics.json", "w"))
