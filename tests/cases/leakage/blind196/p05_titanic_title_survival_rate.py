# Titanic survival - gradient boosting with a "title survival rate" feature
# my first kaggle comp, feedback welcome!

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score

data = pd.read_csv('train.csv')
print(data.head())
print(data.Survived.value_counts())

# titles from the name column
data['Title'] = data.Name.str.extract(r' ([A-Za-z]+)\.', expand=False)
rare = ['Lady', 'Countess', 'Capt', 'Col', 'Don', 'Dr', 'Major',
        'Rev', 'Sir', 'Jonkheer', 'Dona']
data['Title'] = data['Title'].replace(rare, 'Rare')
data['Title'] = data['Title'].replace({'Mlle': 'Miss', 'Ms': 'Miss', 'Mme': 'Mrs'})
print(data.Title.value_counts())

# how likely is each title to survive? use it as a numeric feature
title_surv = data.groupby('Title')['Survived'].mean()
print(title_surv)
data['TitleSurvRate'] = data['Title'].map(title_surv)

# other simple features
data['Sex'] = data['Sex'].map({'male': 0, 'female': 1})
data['FamilySize'] = data['SibSp'] + data['Parch'] + 1
data['IsAlone'] = np.where(data['FamilySize'] == 1, 1, 0)
data['LogFare'] = np.log1p(data['Fare'])
data['Embarked'] = data['Embarked'].fillna('S')
data = pd.get_dummies(data, columns=['Embarked'], prefix='Emb')

features = ['Pclass', 'Sex', 'SibSp', 'Parch', 'LogFare', 'FamilySize',
            'IsAlone', 'TitleSurvRate', 'Emb_C', 'Emb_Q', 'Emb_S']
X = data[features]
y = data['Survived']

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=1, stratify=y)

gbc = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05,
                                 max_depth=3, subsample=0.8, random_state=1)
gbc.fit(X_train, y_train)

pred = gbc.predict(X_test)
proba = gbc.predict_proba(X_test)[:, 1]
print('accuracy :', round(accuracy_score(y_test, pred), 4))
print('roc auc  :', round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred))

imp = pd.Series(gbc.feature_importances_, index=features).sort_values()
print(imp)
