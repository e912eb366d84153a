# Card fraud - take home assignment
# by Lucia (bootcamp grad)
# fraud is only ~3% so I used SMOTE like in the course notebook
# (mentor said: split FIRST, only oversample the training part)

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (roc_auc_score, f1_score, precision_score,
                             recall_score, classification_report, ConfusionMatrixDisplay)

df = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')
print(df.shape)
print(df.dtypes)
print(df.is_fraud.value_counts())

df['amount'].hist(bins=100)
plt.show()
df.groupby('hour')['is_fraud'].mean().plot()
plt.show()

cats = ['merchant_category', 'country', 'device_type']
dropme = ['is_fraud', 'transaction_id', 'chargeback_flag', 'card_id', 'timestamp']

X = pd.get_dummies(df.drop(columns=dropme), columns=cats)
y = df['is_fraud']
X = X.fillna(0)
print(X.shape)

X_sub = pd.get_dummies(test.drop(columns=[c for c in dropme if c in test.columns]), columns=cats)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0).fillna(0)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
print(X_train.shape, X_test.shape)

# balance the classes (train only)
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X_train, y_train)
print('after smote:', y_res.value_counts())
print('test untouched:', y_test.value_counts())

# dummy to compare
dc = DummyClassifier(strategy='stratified', random_state=42)
dc.fit(X_res, y_res)
print('Dummy F1:', f1_score(y_test, dc.predict(X_test)))

rf = RandomForestClassifier(n_estimators=200, random_state=42, n_jobs=-1)
rf.fit(X_res, y_res)
y_pred = rf.predict(X_test)
y_proba = rf.predict_proba(X_test)[:, 1]

print('AUC      :', roc_auc_score(y_test, y_proba))
print('F1       :', f1_score(y_test, y_pred))
print('Precision:', precision_score(y_test, y_pred))
print('Recall   :', recall_score(y_test, y_pred))
print(classification_report(y_test, y_pred))
ConfusionMatrixDisplay.from_predictions(y_test, y_pred)
plt.show()

pred = rf.predict_proba(X_sub)[:, 1]
pd.DataFrame({'transaction_id': test['transaction_id'], 'prediction': pred}).to_csv('predictions.csv', index=False)
