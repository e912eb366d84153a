"""Breast Cancer Wisconsin (Diagnostic).

Feature selection is tuned as part of the model: scaler -> SelectKBest -> SVC,
searched with stratified CV on the training split; the test split is scored once.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                             roc_auc_score, RocCurveDisplay)

SEED = 2024
data = pd.read_csv('data/breast-cancer-wisconsin.csv')
data = data.drop(columns=['id', 'Unnamed: 32'], errors='ignore')
data['diagnosis'] = data['diagnosis'].map({'M': 1, 'B': 0})

print(data.shape)
print(data['diagnosis'].value_counts(normalize=True).round(3))
print(data.isna().sum().sum(), 'missing values')

# ---------------------------------------------------------------- EDA
mean_cols = [c for c in data.columns if c.endswith('_mean')]
print(data.groupby('diagnosis')[mean_cols].mean().T.round(3))

plt.figure(figsize=(12, 10))
sns.heatmap(data[mean_cols + ['diagnosis']].corr(), annot=True, fmt='.2f', cmap='vlag')
plt.show()

for col in ['radius_mean', 'concave points_mean', 'area_worst']:
    sns.violinplot(x='diagnosis', y=col, data=data)
    plt.show()

# ---------------------------------------------------------------- split
X = data.drop(columns='diagnosis')
y = data['diagnosis']
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED)

pipe = Pipeline([
    ('scale', StandardScaler()),
    ('select', SelectKBest(score_func=f_classif)),
    ('clf', SVC(probability=True, random_state=SEED)),
])

param_grid = [
    {
        'select__k': [5, 8, 12, 16, 20, 30],
        'clf': [SVC(probability=True, random_state=SEED)],
        'clf__C': [0.1, 1, 10, 100],
        'clf__gamma': ['scale', 0.01, 0.001],
    },
    {
        'select__k': [5, 8, 12, 16, 20, 30],
        'clf': [LogisticRegression(max_iter=5000)],
        'clf__C': [0.01, 0.1, 1, 10],
    },
]

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
search = GridSearchCV(pipe, param_grid, cv=cv, scoring='roc_auc', n_jobs=-1)
search.fit(X_train, y_train)

print('best params:', search.best_params_)
print(f'cv roc_auc: {search.best_score_:.4f}')

cvres = pd.DataFrame(search.cv_results_)
print(cvres.sort_values('rank_test_score')[['params', 'mean_test_score', 'std_test_score']].head(10))

best = search.best_estimator_
mask = best.named_steps['select'].get_support()
print('selected features:', list(X.columns[mask]))

# ---------------------------------------------------------------- test (once)
proba = best.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f'test accuracy: {accuracy_score(y_test, pred):.4f}')
print(f'test roc_auc : {roc_auc_score(y_test, proba):.4f}')
print(classification_report(y_test, pred, target_names=['benign', 'malignant']))
print(confusion_matrix(y_test, pred))

RocCurveDisplay.from_predictions(y_test, proba)
plt.show()
