# Stacking and blending in scikit-learn
# -------------------------------------
#
# * Blending: train base models on part A of the training data, predict part B, fit a meta-model on
#   those predictions.
# * Stacking: the same idea with out-of-fold predictions over the whole training set (StackingClassifier).
#
# Neither uses the test set until the very end.

import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier, StackingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

X, y = make_classification(n_samples=6000, n_features=30, n_informative=12, random_state=3)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)
X_base, X_blend, y_base, y_blend = train_test_split(X_train, y_train, test_size=0.3, stratify=y_train, random_state=3)

def base_models():
    return [
        ("rf", RandomForestClassifier(n_estimators=300, random_state=3, n_jobs=-1)),
        ("gb", GradientBoostingClassifier(random_state=3)),
        ("knn", make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25))),
    ]


# Blending

fitted = [(name, m.fit(X_base, y_base)) for name, m in base_models()]
blend_features = np.column_stack([m.predict_proba(X_blend)[:, 1] for _, m in fitted])
meta = LogisticRegression().fit(blend_features, y_blend)
print("blend weights:", dict(zip([n for n, _ in fitted], meta.coef_[0].round(3))))

test_features = np.column_stack([m.predict_proba(X_test)[:, 1] for _, m in fitted])
blend_auc = roc_auc_score(y_test, meta.predict_proba(test_features)[:, 1])


# Stacking

stack = StackingClassifier(estimators=base_models(), final_estimator=LogisticRegression(), cv=5, n_jobs=-1)
stack.fit(X_train, y_train)
stack_auc = roc_auc_score(y_test, stack.predict_proba(X_test)[:, 1])

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy    test AUC: %.4f" % roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
print("blending test AUC: %.4f" % blend_auc)
print("stacking test AUC: %.4f" % stack_auc)
