"""Titanic survival - cleaner version with a sklearn Pipeline.

Everything that learns from the data (imputation, scaling, one-hot) sits inside the
pipeline so it is only fitted on the training split.
"""
import re

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

DATA = '../input/titanic/train.csv'


def get_title(name):
    m = re.search(r' ([A-Za-z]+)\.', name)
    title = m.group(1) if m else 'None'
    if title in ('Mlle', 'Ms'):
        return 'Miss'
    if title == 'Mme':
        return 'Mrs'
    if title not in ('Mr', 'Mrs', 'Miss', 'Master'):
        return 'Rare'
    return title


def add_features(df):
    df = df.copy()
    df['Title'] = df['Name'].apply(get_title)
    df['FamilySize'] = df['SibSp'] + df['Parch'] + 1
    df['HasCabin'] = df['Cabin'].notna().astype(int)
    return df


df = pd.read_csv(DATA)
df = add_features(df)

# quick look at survival rates per group (EDA only)
for col in ['Sex', 'Pclass', 'Title', 'Embarked']:
    print(df.groupby(col)['Survived'].mean().round(3), '\n')

df.groupby('Pclass')['Survived'].mean().plot(kind='bar')
plt.ylabel('survival rate')
plt.show()

num_cols = ['Age', 'Fare', 'SibSp', 'Parch', 'FamilySize', 'HasCabin', 'Pclass']
cat_cols = ['Sex', 'Embarked', 'Title']

X = df[num_cols + cat_cols]
y = df['Survived']

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=0)

numeric = Pipeline([
    ('impute', SimpleImputer(strategy='median')),
    ('scale', StandardScaler()),
])
categorical = Pipeline([
    ('impute', SimpleImputer(strategy='most_frequent')),
    ('onehot', OneHotEncoder(handle_unknown='ignore')),
])
pre = ColumnTransformer([
    ('num', numeric, num_cols),
    ('cat', categorical, cat_cols),
])

clf = Pipeline([('pre', pre), ('model', LogisticRegression(max_iter=1000, C=0.5))])
clf.fit(X_train, y_train)

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
print('Baseline accuracy (majority class):', accuracy_score(y_test, dummy.predict(X_test)))
print('LogReg accuracy:', accuracy_score(y_test, clf.predict(X_test)))
print('LogReg ROC AUC :', roc_auc_score(y_test, proba))
