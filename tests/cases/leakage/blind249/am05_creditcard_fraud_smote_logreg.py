# Credit Card Fraud Detection
# Logistic regression on SMOTE-balanced data
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (classification_report, confusion_matrix, roc_auc_score,
                             average_precision_score)
from imblearn.over_sampling import SMOTE

df = pd.read_csv('/kaggle/input/creditcardfraud/creditcard.csv')
print(df.shape)
print(df.head())
print(df.isnull().sum().max())

# how imbalanced is it?
print(df['Class'].value_counts())
print('fraud share: {:.4%}'.format(df['Class'].mean()))
sns.countplot(x='Class', data=df)
plt.title('Class distribution (0 = normal, 1 = fraud)')
plt.show()

fig, ax = plt.subplots(1, 2, figsize=(14, 4))
sns.histplot(df['Amount'], bins=100, ax=ax[0])
sns.histplot(df['Time'], bins=100, ax=ax[1])
plt.show()

# V1..V28 are already PCA components, only Time and Amount need scaling
scaler = StandardScaler()
df[['Time', 'Amount']] = scaler.fit_transform(df[['Time', 'Amount']])

X = df.drop('Class', axis=1)
y = df['Class']

# 492 frauds vs 284k normal -> oversample the frauds with SMOTE
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print('after SMOTE:', pd.Series(y_res).value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25,
                                                    random_state=42, stratify=y_res)

# baseline
dummy = DummyClassifier(strategy='stratified', random_state=42).fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]
print('Dummy ROC AUC:', roc_auc_score(y_test, dummy_proba))

lr = LogisticRegression(max_iter=1000)
lr.fit(X_train, y_train)
pred = lr.predict(X_test)
proba = lr.predict_proba(X_test)[:, 1]

print(classification_report(y_test, pred, digits=4))
print('ROC AUC :', roc_auc_score(y_test, proba))
print('PR AUC  :', average_precision_score(y_test, proba))

cm = confusion_matrix(y_test, pred)
sns.heatmap(cm, annot=True, fmt='d', cmap='Blues')
plt.xlabel('predicted')
plt.ylabel('actual')
plt.show()
