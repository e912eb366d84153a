# Titanic - Machine Learning from Disaster
# simple logistic regression baseline-ish model, first submission attempt
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report

df = pd.read_csv('../input/titanic/train.csv')
print(df.shape)
print(df.head())
print(df.info())

# missing values
print(df.isnull().sum())

sns.countplot(x='Survived', hue='Sex', data=df)
plt.title('Survival by sex')
plt.show()

sns.histplot(df['Age'].dropna(), bins=30)
plt.show()

# Cabin is mostly empty, drop it. Ticket and Name are not useful for now
df = df.drop(['Cabin', 'Ticket', 'Name', 'PassengerId'], axis=1)

# fill Age with the median, Embarked with most common port
df['Age'] = df['Age'].fillna(df['Age'].median())
df['Embarked'] = df['Embarked'].fillna('S')

df['FamilySize'] = df['SibSp'] + df['Parch'] + 1
df['IsAlone'] = (df['FamilySize'] == 1).astype(int)

df = pd.get_dummies(df, columns=['Sex', 'Embarked'], drop_first=True)
print(df.head())

plt.figure(figsize=(10, 8))
sns.heatmap(df.corr(), annot=True, fmt='.2f', cmap='coolwarm')
plt.show()

X = df.drop('Survived', axis=1)
y = df['Survived']

sc = StandardScaler()
X = sc.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

model = LogisticRegression(max_iter=1000)
model.fit(X_train, y_train)

y_pred = model.predict(X_test)
print('Accuracy:', accuracy_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred))

# coefficients
coefs = pd.Series(model.coef_[0], index=df.drop('Survived', axis=1).columns).sort_values()
coefs.plot(kind='barh')
plt.title('Logistic regression coefficients')
plt.tight_layout()
plt.show()
