# White wine: good (quality >= 7) vs the rest, the good class is rare -> upsample it
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, f1_score, balanced_accuracy_score

wine = pd.read_csv('winequality-white.csv', sep=';')
wine['good'] = (wine['quality'] >= 7).astype(int)
wine = wine.drop(columns='quality')
print(wine['good'].value_counts())
print(wine.describe().T.round(2))
print('duplicated rows:', wine.duplicated().sum())

wine.boxplot(column='alcohol', by='good')
plt.show()

majority = wine[wine['good'] == 0]
minority = wine[wine['good'] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123).reset_index(drop=True)
print(balanced['good'].value_counts())

X = balanced.drop(columns='good')
y = balanced['good']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=123)

rf = RandomForestClassifier(n_estimators=300, random_state=123, n_jobs=-1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

dummy = DummyClassifier(strategy='stratified', random_state=123).fit(X_train, y_train)
dpred = dummy.predict(X_test)

print('dummy  F1 %.3f  balanced acc %.3f' % (f1_score(y_test, dpred), balanced_accuracy_score(y_test, dpred)))
print('forest F1 %.3f  balanced acc %.3f' % (f1_score(y_test, pred), balanced_accuracy_score(y_test, pred)))
print(classification_report(y_test, pred))
