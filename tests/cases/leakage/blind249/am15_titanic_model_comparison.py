# Titanic: trying a bunch of classifiers and keeping the best one
import warnings
warnings.filterwarnings('ignore')

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score

train = pd.read_csv('titanic/train.csv')
test = pd.read_csv('titanic/test.csv')

# features
for d in (train, test):
    d['Title'] = d['Name'].str.extract(r',\s*([^\.]+)\.', expand=False)
    d['Title'] = d['Title'].replace(['Mlle', 'Ms'], 'Miss').replace('Mme', 'Mrs')
    d.loc[~d['Title'].isin(['Mr', 'Mrs', 'Miss', 'Master']), 'Title'] = 'Rare'
    d['FamilySize'] = d['SibSp'] + d['Parch'] + 1
    d['IsAlone'] = (d['FamilySize'] == 1).astype(int)

print(train.groupby('Title')['Survived'].agg(['mean', 'count']))

num = ['Age', 'Fare', 'SibSp', 'Parch', 'FamilySize', 'IsAlone', 'Pclass']
cat = ['Sex', 'Embarked', 'Title']

X = train[num + cat]
y = train['Survived']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7, stratify=y)

prep = ColumnTransformer([
    ('num', Pipeline([('imp', SimpleImputer(strategy='median')), ('sc', StandardScaler())]), num),
    ('cat', Pipeline([('imp', SimpleImputer(strategy='most_frequent')),
                      ('oh', OneHotEncoder(handle_unknown='ignore'))]), cat),
])

models = {
    'Dummy (baseline)': DummyClassifier(strategy='most_frequent'),
    'LogReg': LogisticRegression(max_iter=500),
    'KNN': KNeighborsClassifier(n_neighbors=7),
    'SVC': SVC(C=1.0, gamma='scale'),
    'DecisionTree': DecisionTreeClassifier(max_depth=5, random_state=7),
    'RandomForest': RandomForestClassifier(n_estimators=300, max_depth=7, random_state=7),
    'GradBoost': GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=7),
}

results = []
for name, m in models.items():
    pipe = Pipeline([('prep', prep), ('clf', m)])
    pipe.fit(X_train, y_train)
    p = pipe.predict(X_test)
    results.append((name, accuracy_score(y_test, p), f1_score(y_test, p)))

res = pd.DataFrame(results, columns=['model', 'accuracy', 'f1']).sort_values('accuracy', ascending=False)
print(res.to_string(index=False))

best_name = res.iloc[0]['model']
print(f'\nBest model: {best_name} with test accuracy {res.iloc[0]["accuracy"]:.4f}')

best = Pipeline([('prep', prep), ('clf', models[best_name])])
best.fit(X, y)
pd.DataFrame({'PassengerId': test['PassengerId'],
              'Survived': best.predict(test[num + cat])}).to_csv('submission.csv', index=False)
