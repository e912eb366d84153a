"""Breast Cancer Wisconsin (Diagnostic) - univariate feature selection + model comparison."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.ensemble import RandomForestClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import confusion_matrix, classification_report

DATA = 'data/breast-cancer-wisconsin.csv'

data = pd.read_csv(DATA)
print(data.shape)
print(data.columns.tolist())

# the csv export has an empty trailing column
data = data.drop(columns=['id', 'Unnamed: 32'])
print(data['diagnosis'].value_counts())
data['diagnosis'] = data['diagnosis'].map({'M': 1, 'B': 0})

mean_cols = [c for c in data.columns if c.endswith('_mean')]
se_cols = [c for c in data.columns if c.endswith('_se')]
worst_cols = [c for c in data.columns if c.endswith('_worst')]
print(len(mean_cols), len(se_cols), len(worst_cols))

# ---------------------------------------------------------------- EDA
print(data[mean_cols].describe().T)

fig, axes = plt.subplots(2, 5, figsize=(22, 8))
for ax, col in zip(axes.ravel(), mean_cols):
    sns.histplot(data=data, x=col, hue='diagnosis', kde=True, ax=ax)
plt.tight_layout()
plt.show()

plt.figure(figsize=(18, 14))
sns.heatmap(data.corr(), cmap='RdBu_r', center=0)
plt.title('feature correlations')
plt.show()

sns.pairplot(data[['radius_mean', 'texture_mean', 'concavity_mean',
                   'concave points_mean', 'diagnosis']], hue='diagnosis')
plt.show()

# ---------------------------------------------------------------- features
X = data.drop('diagnosis', axis=1)
y = data['diagnosis']

# keep the 12 most discriminative measurements (ANOVA F-test)
selector = SelectKBest(score_func=f_classif, k=12)
X_sel = selector.fit_transform(X, y)

scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(scores.head(15))
kept = X.columns[selector.get_support()]
print('kept:', list(kept))

scores.head(20).plot.barh(figsize=(8, 8))
plt.gca().invert_yaxis()
plt.title('ANOVA F score')
plt.show()

# ---------------------------------------------------------------- models
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
models = {
    'logreg': make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)),
    'svc_rbf': make_pipeline(StandardScaler(), SVC(C=1.0, kernel='rbf')),
    'knn': make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=7)),
    'random_forest': RandomForestClassifier(n_estimators=300, random_state=1),
}

summary = []
for name, model in models.items():
    acc = cross_val_score(model, X_sel, y, cv=cv, scoring='accuracy')
    auc = cross_val_score(model, X_sel, y, cv=cv, scoring='roc_auc')
    summary.append((name, acc.mean(), acc.std(), auc.mean()))
    print(f'{name:14s} acc={acc.mean():.4f}+/-{acc.std():.4f}  auc={auc.mean():.4f}')

summary = pd.DataFrame(summary, columns=['model', 'acc', 'acc_std', 'auc'])
print(summary.sort_values('auc', ascending=False))

pred = cross_val_predict(models['svc_rbf'], X_sel, y, cv=cv)
print(confusion_matrix(y, pred))
print(classification_report(y, pred, target_names=['benign', 'malignant']))
