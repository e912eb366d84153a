# Insurance claim fraud take-home (script version, I converted my notebook because the
# kernel kept dying). Target is_fraud, ~8% positives, a policy can have several claims.

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, classification_report

RANDOM_STATE = 42

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')
print(df.shape)
print(df['is_fraud'].value_counts(normalize=True))

# light cleaning

df['police_report_filed'] = df['police_report_filed'].map({'YES': 1, 'NO': 0}).fillna(-1)
df['witnesses'] = df['witnesses'].fillna(0)
df['amount_per_tenure_day'] = df['claim_amount'] / (df['policy_tenure_days'] + 1)
for c in ['incident_type', 'incident_severity']:
    df[c] = df[c].fillna('unknown')
df = pd.get_dummies(df, columns=['incident_type', 'incident_severity'])

# split by policy so a policy is not in train and test

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
tr_idx, te_idx = next(gss.split(df, df['is_fraud'], groups=df['policy_id']))
train, test = df.iloc[tr_idx], df.iloc[te_idx]

# the classes are very unbalanced, the model just predicts 0. Oversample frauds by copying
# every fraud claim 4 more times (poor man's SMOTE, SMOTE wouldn't install).
# Only in the training part - the test part keeps the real class balance.

fraud_rows = train[train['is_fraud'] == 1]
train = pd.concat([train, fraud_rows, fraud_rows, fraud_rows, fraud_rows], ignore_index=True)
print('fraud share in train after oversampling:', train['is_fraud'].mean())
print('fraud share in test:', test['is_fraud'].mean())

DROP = ['claim_id', 'policy_id', 'garage_id', 'is_fraud', 'investigation_result', 'payout_status']
X_train, y_train = train.drop(columns=DROP), train['is_fraud']
X_test, y_test = test.drop(columns=DROP), test['is_fraud']

# baseline

base = DummyClassifier(strategy='stratified', random_state=RANDOM_STATE).fit(X_train, y_train)
print('baseline AP ', average_precision_score(y_test, base.predict_proba(X_test)[:, 1]))
print('baseline AUC', roc_auc_score(y_test, base.predict_proba(X_test)[:, 1]))

# model (attempt 2, attempt 1 used default params)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=RANDOM_STATE)
gb.fit(X_train.fillna(-1), y_train)
proba = gb.predict_proba(X_test.fillna(-1))[:, 1]
print('AP ', average_precision_score(y_test, proba))
print('AUC', roc_auc_score(y_test, proba))
print('F1 ', f1_score(y_test, proba > 0.5))
print(classification_report(y_test, proba > 0.5))

# predictions for the platform

test_df['police_report_filed'] = test_df['police_report_filed'].map({'YES': 1, 'NO': 0}).fillna(-1)
test_df['witnesses'] = test_df['witnesses'].fillna(0)
test_df['amount_per_tenure_day'] = test_df['claim_amount'] / (test_df['policy_tenure_days'] + 1)
for c in ['incident_type', 'incident_severity']:
    test_df[c] = test_df[c].fillna('unknown')
test_df = pd.get_dummies(test_df, columns=['incident_type', 'incident_severity'])
X_sub = test_df.reindex(columns=X_train.columns, fill_value=0).fillna(-1)
pd.DataFrame({'claim_id': test_df['claim_id'], 'prediction': gb.predict_proba(X_sub)[:, 1]}) \
    .to_csv('predictions.csv', index=False)
print('done')
