import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
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

# keep the 8 most informative features
selector = SelectKBest(score_func=f_classif, k=8)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print('selected:', list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=0, stratify=y)

scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)

dummy = DummyClassifier(strategy='most_frequent')
dummy.fit(X_train, y_train)
print('majority-class baseline F1:', f1_score(y_test, dummy.predict(X_test)))

lr = LogisticRegression(C=1.0, max_iter=1000)
lr.fit(X_train, y_train)
pred = lr.predict(X_test)
proba = lr.predict_proba(X_test)[:, 1]
print('LR F1 :', round(f1_score(y_test, pred), 3))
print('LR AUC:', round(roc_auc_score(y_test, proba), 3))

for name, coef in sorted(zip(kept, lr.coef_[0]), key=lambda t: -abs(t[1])):
    print(f'{name:25s} {coef:+.3f}')
