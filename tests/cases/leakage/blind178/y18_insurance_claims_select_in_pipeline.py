# -----------------------------------------------------------------------------
# Porto Seguro safe driver prediction
# requirements: pandas, numpy, scikit-learn
# run:          python y18_insurance_claims_select_in_pipeline.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - normalised Gini = 2 * AUC - 1, the competition metric
#   - metrics go to stdout; artefacts to results/y18_insurance_claims_select_in_pipeline.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Porto Seguro: univariate feature selection refitted inside every CV fold.

Compares the pipeline with a prior-probability DummyClassifier so the Gini
gain is visible.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

SEED = 99

train = pd.read_csv("porto-seguro/train.csv")
y = train["target"]
X = train.drop(columns=["id", "target"])
X = X.loc[:, ~X.columns.str.startswith("ps_calc_")]
X = pd.get_dummies(X, columns=[c for c in X.columns if c.endswith("_cat")])

pipe = Pipeline([
    ("select", SelectKBest(score_func=f_classif, k=30)),
    ("gbm", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300,
                                           max_leaf_nodes=31, random_state=SEED)),
])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)

results = {}
for name, est in [("dummy_prior", DummyClassifier(strategy="prior")),
                  ("select+gbm", pipe)]:
    auc = cross_val_score(est, X, y, cv=skf, scoring="roc_auc")
    results[name] = 2 * auc.mean() - 1
    print(f"{name:12s} Gini {results[name]:.4f}  (folds: {np.round(2 * auc - 1, 4)})")

print("gain over dummy: %.4f" % (results["select+gbm"] - results["dummy_prior"]))


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y18_insurance_claims_select_in_pipeline.json", "w") as fh:
    json.dump({"script": "y18_insurance_claims_select_in_pipeline", "n_rows": int(len(train))}, fh, indent=2)
print("saved results/y18_insurance_claims_select_in_pipeline.json")
