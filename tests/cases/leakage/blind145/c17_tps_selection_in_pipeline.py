#!/usr/bin/env python
# Tabular Playground Series - Nov 2021
# Logistic regression on the 40 most informative features (mutual information),
# with the selector as a pipeline step so it is refitted on each training fold.
import numpy as np
import pandas as pd
from functools import partial
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

SEED = 2021
K = 40

train = pd.read_csv("../input/tabular-playground-series-nov-2021/train.csv")
test = pd.read_csv("../input/tabular-playground-series-nov-2021/test.csv")
feat_cols = [c for c in train.columns if c.startswith("f")]
print(train.shape, test.shape, len(feat_cols))
print(train["target"].value_counts(normalize=True))

X = train[feat_cols]
y = train["target"]

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(partial(mutual_info_classif, random_state=SEED), k=K)),
    ("clf", LogisticRegression(C=0.05, max_iter=500)),
])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
auc = cross_val_score(pipe, X, y, cv=skf, scoring="roc_auc", n_jobs=-1)
auc_dummy = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=skf, scoring="roc_auc")
print("fold AUCs:", np.round(auc, 5))
print(f"CV AUC logreg : {auc.mean():.5f} +/- {auc.std():.5f}")
print(f"CV AUC dummy  : {auc_dummy.mean():.5f}")

oof = cross_val_predict(pipe, X, y, cv=skf, method="predict_proba", n_jobs=-1)[:, 1]
print("OOF positive-rate check:", oof.mean().round(4), "vs", y.mean().round(4))

pipe.fit(X, y)
kept = X.columns[pipe.named_steps["select"].get_support()].tolist()
print("features kept on the full training set:", kept)

pd.DataFrame({"id": test["id"], "target": pipe.predict_proba(test[feat_cols])[:, 1]}).to_csv(
    "submission.csv", index=False
)
