import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.metrics import roc_auc_score, f1_score

# Bank customer churn (Churn_Modelling.csv), target = Exited

df = pd.read_csv('Churn_Modelling.csv')
df = df.drop(['RowNumber', 'CustomerId', 'Surname'], axis=1)
df = pd.get_dummies(df, columns=['Geography', 'Gender'], drop_first=True)

# a few ratio features
df['BalanceSalaryRatio'] = df['Balance'] / df['EstimatedSalary']
df['TenureByAge'] = df['Tenure'] / df['Age']
df['ProductsPerYear'] = df['NumOfProducts'] / (df['Tenure'] + 1)

X = df.drop('Exited', axis=1)
y = df['Exited']
print(X.shape, y.mean())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

pipe = Pipeline([
    ('scale', StandardScaler()),
    ('select', SelectKBest(score_func=f_classif)),
    ('lr', LogisticRegression(max_iter=1000)),
])
grid = GridSearchCV(
    pipe,
    param_grid={'select__k': [5, 8, 11, 'all'], 'lr__C': [0.1, 1.0, 10.0]},
    scoring='roc_auc',
    cv=StratifiedKFold(5, shuffle=True, random_state=0),
)
grid.fit(X_train, y_train)
print('best params:', grid.best_params_, 'cv auc:', round(grid.best_score_, 3))

dummy = DummyClassifier(strategy='most_frequent')
dummy.fit(X_train, y_train)
print('majority-class baseline F1:', f1_score(y_test, dummy.predict(X_test)))

best = grid.best_estimator_
pred = best.predict(X_test)
proba = best.predict_proba(X_test)[:, 1]
print('LR F1 :', round(f1_score(y_test, pred), 3))
print('LR AUC:', round(roc_auc_score(y_test, proba), 3))

kept = X.columns[best.named_steps['select'].get_support()]
for name, coef in sorted(zip(kept, best.named_steps['lr'].coef_[0]), key=lambda t: -abs(t[1])):
    print(f'{name:25s} {coef:+.3f}')
