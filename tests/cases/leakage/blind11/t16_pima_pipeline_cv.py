# Pima diabetes: same idea as the SelectKBest tutorial, but selection is inside the CV loop
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, GridSearchCV

cols = ['preg', 'plas', 'pres', 'skin', 'test', 'mass', 'pedi', 'age', 'class']
pima = pd.read_csv('pima-indians-diabetes.csv', names=cols)

# zeros are missing in these columns; turn them into NaN and let the pipeline impute
for c in ['plas', 'pres', 'skin', 'test', 'mass']:
    pima.loc[pima[c] == 0, c] = np.nan
print(pima.isna().sum())

X = pima.drop(columns='class')
y = pima['class']

pipe = Pipeline([
    ('impute', SimpleImputer(strategy='median')),
    ('scale', StandardScaler()),
    ('select', SelectKBest(f_classif, k=4)),
    ('lr', LogisticRegression(max_iter=1000)),
])

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=7)

for k in [2, 3, 4, 5, 6, 8]:
    pipe.set_params(select__k=k)
    s = cross_val_score(pipe, X, y, cv=cv, scoring='roc_auc')
    print(f'k={k}: AUC {s.mean():.3f} +/- {s.std():.3f}')

# nested CV to get an honest number for "choose k by CV"
inner = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
search = GridSearchCV(pipe, {'select__k': [2, 3, 4, 5, 6, 8], 'lr__C': [0.1, 1, 10]},
                      cv=inner, scoring='roc_auc')
nested = cross_val_score(search, X, y, cv=cv, scoring='roc_auc')
print('nested CV AUC: %.3f +/- %.3f' % (nested.mean(), nested.std()))

acc = cross_val_score(search, X, y, cv=cv, scoring='accuracy')
base = cross_val_score(DummyClassifier(strategy='most_frequent'), X, y, cv=cv, scoring='accuracy')
print('nested CV accuracy: %.3f   majority baseline: %.3f' % (acc.mean(), base.mean()))

search.fit(X, y)
print('chosen on all data:', search.best_params_)
sel = search.best_estimator_.named_steps['select']
print('features kept:', list(X.columns[sel.get_support()]))
