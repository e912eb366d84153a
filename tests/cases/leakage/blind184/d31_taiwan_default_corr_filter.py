import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

# Default of credit card clients (Taiwan, 2005) - UCI
df = pd.read_csv('UCI_Credit_Card.csv')
df = df.rename(columns={'default.payment.next.month': 'default', 'PAY_0': 'PAY_1'})
df = df.drop('ID', axis=1)
print(df.shape)
print(df['default'].value_counts())

# EDUCATION / MARRIAGE have undocumented codes -> merge into "other"
df['EDUCATION'] = df['EDUCATION'].replace({0: 4, 5: 4, 6: 4})
df['MARRIAGE'] = df['MARRIAGE'].replace({0: 3})

# some extra features
bill_cols = ['BILL_AMT%d' % i for i in range(1, 7)]
pay_amt_cols = ['PAY_AMT%d' % i for i in range(1, 7)]
pay_cols = ['PAY_%d' % i for i in range(1, 7)]
df['avg_bill'] = df[bill_cols].mean(axis=1)
df['avg_payment'] = df[pay_amt_cols].mean(axis=1)
df['utilisation'] = df['BILL_AMT1'] / df['LIMIT_BAL']
df['pay_ratio'] = df['PAY_AMT1'] / (df['BILL_AMT1'].abs() + 1)
df['months_late'] = (df[pay_cols] > 0).sum(axis=1)
df['max_delay'] = df[pay_cols].max(axis=1)

# correlation with the target
corr = df.corr()['default'].abs().sort_values(ascending=False)
print(corr)
plt.figure(figsize=(6, 10))
sns.barplot(x=corr.values, y=corr.index)
plt.title('|corr| with default')
plt.tight_layout()
plt.savefig('corr_with_target.png')

# drop weakly correlated features
selected = corr[corr > 0.05].index.tolist()
print('selected features:', selected)

X = df[selected]
y = df['default']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)

model = XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                      subsample=0.9, colsample_bytree=0.8, eval_metric='auc')
model.fit(X_train, y_train)

pred = model.predict(X_test)
proba = model.predict_proba(X_test)[:, 1]
print('accuracy', accuracy_score(y_test, pred))
print('f1', f1_score(y_test, pred))
print('auc', roc_auc_score(y_test, proba))
print(classification_report(y_test, pred))
