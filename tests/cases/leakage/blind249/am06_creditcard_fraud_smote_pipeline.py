# Credit Card Fraud Detection
# Logistic regression + SMOTE. Split first, then scale/oversample the training part only,
# the test set keeps the real class ratio.
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

print(df['Class'].value_counts())
print('fraud share: {:.4%}'.format(df['Class'].mean()))
sns.countplot(x='Class', data=df)
plt.title('Class distribution (0 = normal, 1 = fraud)')
plt.show()

fig, ax = plt.subplots(1, 2, figsize=(14, 4))
sns.histplot(df['Amount'], bins=100, ax=ax[0])
sns.histplot(df['Time'], bins=100, ax=ax[1])
plt.show()

X = df.drop('Class', axis=1)
y = df['Class']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25,
                                                    random_state=42, stratify=y)

# V1..V28 are already PCA components, only Time and Amount need scaling
scaler = StandardScaler()
X_train = X_train.copy()
X_test = X_test.copy()
X_train[['Time', 'Amount']] = scaler.fit_transform(X_train[['Time', 'Amount']])
X_test[['Time', 'Amount']] = scaler.transform(X_test[['Time', 'Amount']])

# oversample the frauds in the training data only
sm = SMOTE(random_state=42)
X_train_res, y_train_res = sm.fit_resample(X_train, y_train)
print('train after SMOTE:', pd.Series(y_train_res).value_counts().to_dict())
print('test (untouched):', y_test.value_counts().to_dict())

# baseline
dummy = DummyClassifier(strategy='stratified', random_state=42).fit(X_train_res, y_train_res)
dummy_proba = dummy.predict_proba(X_test)[:, 1]
print('Dummy ROC AUC:', roc_auc_score(y_test, dummy_proba))

lr = LogisticRegression(max_iter=1000)
lr.fit(X_train_res, y_train_res)
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
