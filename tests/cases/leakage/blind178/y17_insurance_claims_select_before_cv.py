# -----------------------------------------------------------------------------
# Porto Seguro safe driver prediction
# requirements: pandas, numpy, lightgbm, scikit-learn
# run:          python y17_insurance_claims_select_before_cv.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - normalised Gini = 2 * AUC - 1, the competition metric
#   - metrics go to stdout; artefacts to results/y17_insurance_claims_select_before_cv.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Porto Seguro Safe Driver Prediction - feature selection + LightGBM.

The data has 57 anonymised features (ind_, reg_, car_, calc_). Many of them are
noise, so keep the 30 strongest by ANOVA F-score and cross-validate.
Missing values are coded as -1 and left as is (trees handle them).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import StratifiedKFold, cross_val_score


def gini(y_true, y_score):
    from sklearn.metrics import roc_auc_score
    return 2 * roc_auc_score(y_true, y_score) - 1


train = pd.read_csv("porto-seguro/train.csv")
print(train.shape, "claim rate:", train["target"].mean().round(4))

y = train["target"]
X = train.drop(columns=["id", "target"])

# drop the calc_ features: known to carry no signal
X = X.loc[:, ~X.columns.str.startswith("ps_calc_")]

cat_cols = [c for c in X.columns if c.endswith("_cat")]
X = pd.get_dummies(X, columns=cat_cols)
print("after one-hot:", X.shape)

selector = SelectKBest(score_func=f_classif, k=30)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept features:", list(kept))

params = dict(n_estimators=600, learning_rate=0.02, num_leaves=31,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.7,
              reg_lambda=1.0, random_state=99, verbose=-1)
model = lgb.LGBMClassifier(**params)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
auc = cross_val_score(model, X_sel, y, cv=skf, scoring="roc_auc", n_jobs=1)
print("fold AUC:", np.round(auc, 4))
print("CV normalised Gini: %.4f" % (2 * auc.mean() - 1))


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y17_insurance_claims_select_before_cv.json", "w") as fh:
    json.dump({"script": "y17_insurance_claims_select_before_cv", "n_rows": int(len(train))}, fh, indent=2)
print("saved results/y17_insurance_claims_select_before_cv.json")
