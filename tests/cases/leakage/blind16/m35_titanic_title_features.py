# Titanic: feature engineering around the passenger title
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

titanic = pd.read_csv('train.csv')

titanic['Title'] = titanic['Name'].str.extract(r' ([A-Za-z]+)\.', expand=False)
titanic['Title'] = titanic['Title'].replace(['Lady', 'Countess', 'Capt', 'Col', 'Don', 'Dr', 'Major',
                                             'Rev', 'Sir', 'Jonkheer', 'Dona'], 'Rare')
titanic['Title'] = titanic['Title'].replace({'Mlle': 'Miss', 'Ms': 'Miss', 'Mme': 'Mrs'})
print(pd.crosstab(titanic['Title'], titanic['Sex']))

# Age: use the median age of people with the same title
titanic['Age'] = titanic['Age'].fillna(titanic.groupby('Title')['Age'].transform('median'))
titanic['Embarked'] = titanic['Embarked'].fillna('S')

# survival rate of the title group, a strong signal
titanic['TitleSurvival'] = titanic.groupby('Title')['Survived'].transform('mean')
sns.barplot(x='Title', y='Survived', data=titanic)
plt.show()

titanic['FamilySize'] = titanic['SibSp'] + titanic['Parch'] + 1
titanic['Deck'] = titanic['Cabin'].str[0].fillna('U')
titanic['AgeBand'] = pd.cut(titanic['Age'], bins=[0, 12, 18, 30, 45, 60, 80], labels=False)
titanic['Sex'] = titanic['Sex'].map({'male': 1, 'female': 0})

data = pd.get_dummies(titanic[['Pclass', 'Sex', 'Age', 'AgeBand', 'Fare', 'FamilySize', 'TitleSurvival',
                               'Embarked', 'Deck', 'Title']], drop_first=True)
X = data
y = titanic['Survived']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7, stratify=y)

rf = RandomForestClassifier(n_estimators=500, max_depth=7, random_state=7)
rf.fit(X_train, y_train)
acc = accuracy_score(y_test, rf.predict(X_test))

# "women survive, men die" baseline
gender_pred = (X_test['Sex'] == 0).astype(int)
print('gender baseline accuracy:', round(accuracy_score(y_test, gender_pred), 4))
print('random forest accuracy  :', round(acc, 4))

pd.Series(rf.feature_importances_, index=X.columns).sort_values().tail(12).plot(kind='barh')
plt.tight_layout()
plt.show()
