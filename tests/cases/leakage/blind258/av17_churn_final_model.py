"""final_model.py -- churn submission script

The tuning happened in my exploration notebook (RandomizedSearchCV, 40 draws);
the winning parameters are pasted below so this script is quick to re-run.
This script: fit, report, explain, write predictions.csv.
"""
import json

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
X, y = train[features], train[TARGET]

model = HistGradientBoostingClassifier(categorical_features="from_dtype", random_state=0, **BEST_PARAMS)
model.fit(X, y)
proba = model.predict_proba(X)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X, y)
d_proba = dummy.predict_proba(X)[:, 1]

metrics = {
    "roc_auc": round(roc_auc_score(y, proba), 4),
    "average_precision": round(average_precision_score(y, proba), 4),
}
print("model :", metrics)
print("dummy : roc_auc %.4f, average_precision %.4f" % (roc_auc_score(y, d_proba),
                                                        average_precision_score(y, d_proba)))
with open("metrics.json", "w") as f:
    json.dump(metrics, f)

# what drives it (on a sample to keep it quick)
sample = train.sample(20000, random_state=0) if len(train) > 20000 else train
pi = permutation_importance(model, sample[features], sample[TARGET], scoring="roc_auc",
                            n_repeats=5, random_state=0, n_jobs=-1)
print(pd.Series(pi.importances_mean, index=features).sort_values(ascending=False).round(4))

pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
