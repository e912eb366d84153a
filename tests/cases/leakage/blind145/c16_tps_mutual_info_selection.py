#!/usr/bin/env python
# Tabular Playground Series - Nov 2021
# Logistic regression on the 40 most informative features (mutual information)
import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
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

t0 = time.time()
# mutual information is slow on 600k rows, a 200k-row sample is enough to rank features
sample_idx = X.sample(200_000, random_state=SEED).index
selector = SelectKBest(mutual_info_classif, k=K)
selector.fit(X.loc[sample_idx], y.loc[sample_idx])
keep = X.columns[selector.get_support()].tolist()
print(f"kept {len(keep)} features in {time.time() - t0:.0f}s:", keep[:10], "...")

X_sel = X[keep]
X_test = test[keep]

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(X_sel))
oof_dummy = np.zeros(len(X_sel))
test_pred = np.zeros(len(X_test))
for fold, (tr, va) in enumerate(skf.split(X_sel, y)):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=500))
    model.fit(X_sel.iloc[tr], y.iloc[tr])
    oof[va] = model.predict_proba(X_sel.iloc[va])[:, 1]
    test_pred += model.predict_proba(X_test)[:, 1] / skf.n_splits
    dummy = DummyClassifier(strategy="prior").fit(X_sel.iloc[tr], y.iloc[tr])
    oof_dummy[va] = dummy.predict_proba(X_sel.iloc[va])[:, 1]
    print(f"fold {fold} AUC {roc_auc_score(y.iloc[va], oof[va]):.5f}")

print(f"OOF AUC logreg : {roc_auc_score(y, oof):.5f}")
print(f"OOF AUC dummy  : {roc_auc_score(y, oof_dummy):.5f}")

pd.DataFrame({"id": test["id"], "target": test_pred}).to_csv("submission.csv", index=False)
