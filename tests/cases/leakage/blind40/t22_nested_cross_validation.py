# Nested cross-validation in scikit-learn
# ---------------------------------------
#
# When you tune hyperparameters with cross-validation, the best CV score is an optimistic estimate: it was
# *selected* as the maximum over many candidates. Nested CV wraps the whole search in an outer loop:
#
#   outer loop (5 folds)  -> estimates generalisation
#     inner loop (4 folds) -> picks C and gamma for this outer training fold
#
# Dataset: breast cancer (sklearn.datasets).

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier

X, y = load_breast_cancer(return_X_y=True)

inner_cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=1)
outer_cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)

pipe = Pipeline([("scale", StandardScaler()), ("svc", SVC(kernel="rbf"))])
grid = {"svc__C": [0.1, 1, 10, 100], "svc__gamma": [1e-3, 1e-2, 1e-1]}
search = GridSearchCV(pipe, grid, cv=inner_cv, scoring="roc_auc")


# The outer loop clones and refits the whole search on each outer training fold.

nested = cross_validate(search, X, y, cv=outer_cv, scoring="roc_auc", return_estimator=True)
print("nested ROC AUC: %.4f +/- %.4f" % (nested["test_score"].mean(), nested["test_score"].std()))
for i, est in enumerate(nested["estimator"]):
    print(f"  outer fold {i}: best params {est.best_params_}")

dummy = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=outer_cv, scoring="roc_auc")
print("dummy ROC AUC : %.4f" % dummy.mean())


# If the chosen parameters differ a lot between outer folds, the tuning is unstable, a useful diagnostic
# on its own.
