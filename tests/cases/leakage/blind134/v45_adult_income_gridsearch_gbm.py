"""Adult income - gradient boosting tuned with GridSearchCV.

Categoricals are one-hot encoded with pandas; a tree model needs no scaling.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

df = pd.read_csv('data/adult.csv')
df = df.replace('?', np.nan).dropna().reset_index(drop=True)
df['income'] = (df['income'].str.strip() == '>50K').astype(int)

cat_cols = ['workclass', 'education', 'marital.status', 'occupation',
            'relationship', 'race', 'sex', 'native.country']
X = pd.get_dummies(df.drop(columns=['income']), columns=cat_cols, drop_first=True).astype(float)
y = df['income']
print(X.shape, y.mean().round(3))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)

param_grid = {
    'n_estimators': [200, 400],
    'learning_rate': [0.05, 0.1],
    'max_depth': [3, 4, 5],
    'subsample': [0.8, 1.0],
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=21)
grid = GridSearchCV(GradientBoostingClassifier(random_state=21), param_grid,
                    scoring='roc_auc', cv=cv, n_jobs=-1, verbose=1)
grid.fit(X, y)
print('best params:', grid.best_params_)
print('best CV ROC AUC: %.4f' % grid.best_score_)

best = grid.best_estimator_
proba = best.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy='prior').fit(X_train, y_train)
print('Dummy test ROC AUC: %.4f' % roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
print('GBM   test ROC AUC: %.4f' % roc_auc_score(y_test, proba))
print('GBM   test F1     : %.4f' % f1_score(y_test, pred))
print(classification_report(y_test, pred))
