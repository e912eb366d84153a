import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

# IBM telco churn
df = pd.read_csv('WA_Fn-UseC_-Telco-Customer-Churn.csv')
print(df.shape)
print(df['Churn'].value_counts(normalize=True))

# TotalCharges is a string with blanks for brand new customers
df['TotalCharges'] = pd.to_numeric(df['TotalCharges'], errors='coerce').fillna(0)
df['Churn'] = (df['Churn'] == 'Yes').astype(int)
df = df.drop(columns=['customerID'])

num_cols = ['tenure', 'MonthlyCharges', 'TotalCharges']
cat_cols = [c for c in df.columns if c not in num_cols + ['Churn', 'SeniorCitizen']]

# standardise numeric columns
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()

df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=int)

X = df.drop(columns=['Churn'])
y = df['Churn']
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('dummy acc', accuracy_score(y_test, dummy.predict(X_test)))

clf = LogisticRegression(max_iter=2000, C=0.5)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print('acc ', accuracy_score(y_test, pred))
print('auc ', roc_auc_score(y_test, proba))
print('f1  ', f1_score(y_test, pred))
print(classification_report(y_test, pred))

coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))
