"""Stacking by hand with cross_validate(return_estimator=True, return_indices=True).

Level-0 models produce out-of-fold probabilities on the training split; a logistic
meta-model learns on those. The test split is predicted by averaging the fold models
and scored once at the end.
"""
import numpy as np
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

phoneme = fetch_openml("phoneme", version=1, as_frame=True)
X = phoneme.data.astype(float)
y = (phoneme.target.astype(str) == "2").astype(int)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=10)

level0 = {
    "hgb": HistGradientBoostingClassifier(max_iter=300, random_state=10),
    "rf": RandomForestClassifier(n_estimators=400, n_jobs=-1, random_state=10),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=15)),
    "lr": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=10)

oof = pd.DataFrame(index=X_train.index, columns=list(level0), dtype=float)
test_level1 = pd.DataFrame(index=X_test.index, columns=list(level0), dtype=float)
for name, est in level0.items():
    res = cross_validate(est, X_train, y_train, cv=cv, scoring="roc_auc",
                         return_estimator=True, return_indices=True)
    for fold_est, val_idx in zip(res["estimator"], res["indices"]["test"]):
        oof.iloc[val_idx, oof.columns.get_loc(name)] = fold_est.predict_proba(X_train.iloc[val_idx])[:, 1]
    test_level1[name] = np.mean([e.predict_proba(X_test)[:, 1] for e in res["estimator"]], axis=0)
    print(f"{name:4s} CV AUC {res['test_score'].mean():.4f}")

meta = LogisticRegression(C=1.0).fit(oof, y_train)
print("meta weights:", dict(zip(oof.columns, meta.coef_[0].round(3))))

p_stack = meta.predict_proba(test_level1)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"test AUC stack {roc_auc_score(y_test, p_stack):.4f} | dummy {roc_auc_score(y_test, p_dummy):.4f}")
print(f"test AP  stack {average_precision_score(y_test, p_stack):.4f}")
