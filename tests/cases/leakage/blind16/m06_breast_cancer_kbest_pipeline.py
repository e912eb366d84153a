"""Breast cancer Wisconsin - feature selection inside the pipeline.

SelectKBest looks at the labels, so it has to be refitted inside each CV fold
and only ever see the training split.
"""
import numpy as np
import pandas as pd

from sklearn.datasets import load_breast_cancer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

data = load_breast_cancer()
X, y = data.data, data.target
feature_names = np.array(data.feature_names)
print(X.shape, np.bincount(y))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)

pipe = Pipeline([
    ('scale', StandardScaler()),
    ('kbest', SelectKBest(f_classif, k=10)),
    ('svc', SVC(kernel='rbf', C=10, gamma='scale', probability=True)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
for k in [5, 10, 15, 20, 'all']:
    pipe.set_params(kbest__k=k)
    s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring='accuracy')
    print(f'k={k!s:>4}: CV acc {s.mean():.4f} +/- {s.std():.4f}')

# k=10 is as good as the others and easier to explain
pipe.set_params(kbest__k=10)
pipe.fit(X_train, y_train)
chosen = feature_names[pipe.named_steps['kbest'].get_support()]
print('features kept (fitted on train):', list(chosen))

baseline = DummyClassifier(strategy='prior').fit(X_train, y_train)
print('Dummy accuracy :', accuracy_score(y_test, baseline.predict(X_test)))
print('SVM accuracy   :', accuracy_score(y_test, pipe.predict(X_test)))
print('SVM ROC AUC    :', roc_auc_score(y_test, pipe.predict_proba(X_test)[:, 1]))
