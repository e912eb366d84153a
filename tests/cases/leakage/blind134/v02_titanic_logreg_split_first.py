"""Titanic survival - logistic regression.

Same features as my notebook, but everything that learns from data
(age median, scaler) is fitted after the split on the training part.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, confusion_matrix

RARE_TITLES = ['Lady', 'Countess', 'Capt', 'Col', 'Don', 'Dr', 'Major',
               'Rev', 'Sir', 'Jonkheer', 'Dona']


def add_features(df):
    df = df.copy()
    df['Title'] = df['Name'].str.extract(r',\s*([^\.]+)\.', expand=False)
    df['Title'] = df['Title'].replace(RARE_TITLES, 'Rare')
    df['Title'] = df['Title'].replace({'Mlle': 'Miss', 'Ms': 'Miss', 'Mme': 'Mrs'})
    df['FamilySize'] = df['SibSp'] + df['Parch'] + 1
    df['IsAlone'] = (df['FamilySize'] == 1).astype(int)
    df['HasCabin'] = df['Cabin'].notnull().astype(int)
    df['Embarked'] = df['Embarked'].fillna('S')
    df['Fare'] = np.log1p(df['Fare'])
    return df


df = add_features(pd.read_csv('data/titanic/train.csv'))
print(df.shape)
print(df.isnull().sum().sort_values(ascending=False).head())

features = ['Pclass', 'Sex', 'Age', 'Fare', 'Embarked', 'Title', 'FamilySize', 'IsAlone', 'HasCabin']
data = pd.get_dummies(df[features], columns=['Sex', 'Embarked', 'Title'], drop_first=True)
y = df['Survived']

X_train, X_test, y_train, y_test = train_test_split(
    data, y, test_size=0.2, random_state=42, stratify=y)
X_train = X_train.copy()
X_test = X_test.copy()

# impute age with the training median only
age_median = X_train['Age'].median()
X_train['Age'] = X_train['Age'].fillna(age_median)
X_test['Age'] = X_test['Age'].fillna(age_median)

num_cols = ['Age', 'Fare', 'FamilySize']
scaler = StandardScaler().fit(X_train[num_cols])
X_train[num_cols] = scaler.transform(X_train[num_cols])
X_test[num_cols] = scaler.transform(X_test[num_cols])

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('Dummy accuracy:', round(accuracy_score(y_test, dummy.predict(X_test)), 4))

logreg = LogisticRegression(max_iter=1000, C=0.5)
logreg.fit(X_train, y_train)
pred = logreg.predict(X_test)
proba = logreg.predict_proba(X_test)[:, 1]
print('LogReg accuracy:', round(accuracy_score(y_test, pred), 4))
print('LogReg F1:', round(f1_score(y_test, pred), 4))
print('LogReg ROC AUC:', round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))

coefs = pd.Series(logreg.coef_[0], index=X_train.columns).sort_values()
print(coefs.to_string())
