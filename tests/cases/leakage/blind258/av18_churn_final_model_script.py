"""final_model.py -- churn submission script

The tuning happened in my exploration notebook (RandomizedSearchCV, 40 draws);
the winning parameters are pasted below so this script is quick to re-run.
This script: check on a holdout, explain, refit on everything, write predictions.csv.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score

BEST_PARAMS = {"learning_rate": 0.045, "max_leaf_nodes": 20, "min_samples_leaf": 150,
               "l2_regularization": 0.8, "max_iter": 350}
TARGET = "churned_next_month"
CATEGORICAL = ["plan", "contract_type", "region", "payment_method"]
EXCLUDE = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
           "retention_offer_accepted", "account_closed_date_known"]


def load(path):
    d = pd.read_csv(path)
    for c in CATEGORICAL:
        d[c] = d[c].astype("category")
    return d


train = load("train.csv")
test = load("test.csv")
for c in CATEGORICAL:
    test[c] = test[c].cat.set_categories(train[c].cat.categories)
features = [c for c in train.columns if c not in EXCLUDE]

# holdout: last two months x customers that never appear in the fitting part
months = np.sort(train["snapshot_month"].unique())
late = train["snapshot_month"] >= months[-2]
hold_ids = pd.Series(train["customer_id"].unique()).sample(frac=0.2, random_state=5)
is_hold = train["customer_id"].isin(hold_ids)
fit_part, check_part = train[~late & ~is_hold], train[late & is_hold]
print("fit rows", len(fit_part), "check rows", len(check_part))

model = HistGradientBoostingClassifier(categorical_features="from_dtype", random_state=0, **BEST_PARAMS)
model.fit(fit_part[features], fit_part[TARGET])
proba = model.predict_proba(check_part[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
d_proba = dummy.predict_proba(check_part[features])[:, 1]

y_check = check_part[TARGET]
metrics = {
    "roc_auc": round(roc_auc_score(y_check, proba), 4),
    "average_precision": round(average_precision_score(y_check, proba), 4),
}
print("model :", metrics)
print("dummy : roc_auc %.4f, average_precision %.4f" % (roc_auc_score(y_check, d_proba),
                                                        average_precision_score(y_check, d_proba)))
with open("metrics.json", "w") as f:
    json.dump(metrics, f)

# what drives it, measured on the check rows
pi = permutation_importance(model, check_part[features], y_check, scoring="roc_auc",
                            n_repeats=5, random_state=0, n_jobs=-1)
print(pd.Series(pi.importances_mean, index=features).sort_values(ascending=False).round(4))

# refit on all labelled rows for the submission (no more scoring after this)
model.fit(train[features], train[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
