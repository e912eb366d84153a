# Claim fraud model - Ana P.
# Run: python solution.py  (expects train.csv / test.csv in the working directory)

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, confusion_matrix

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

# -- features --

def make_features(data):
    data = data.copy()
    data['police_report_filed'] = (data['police_report_filed'] == 'YES').astype(int)
    data['log_amount'] = np.log1p(data['claim_amount'])
    data['amount_per_year_tenure'] = data['claim_amount'] / (data['policy_tenure_days'] / 365 + 0.1)
    data['many_prior'] = np.where(data['prior_claims'] >= 3, 1, 0)
    data = pd.get_dummies(data, columns=['incident_type', 'incident_severity'], dtype=int)
    return data

df = make_features(df)
test_df = make_features(test_df)
FEATURES = [c for c in df.columns if c not in
            ('claim_id', 'policy_id', 'garage_id', 'is_fraud', 'investigation_result', 'payout_status')]
test_df = test_df.reindex(columns=list(df.columns), fill_value=0)

# -- split: 80/20 stratified because fraud is rare --

train, test = train_test_split(df, test_size=0.2, stratify=df['is_fraud'], random_state=2024)

X_train, y_train = train[FEATURES], train['is_fraud']
X_test, y_test = test[FEATURES], test['is_fraud']
print(len(train), len(test), y_train.mean(), y_test.mean())

# -- baseline vs logistic regression --

baseline = DummyClassifier(strategy='prior').fit(X_train, y_train)
print('baseline AP:', average_precision_score(y_test, baseline.predict_proba(X_test)[:, 1]))

model = make_pipeline(SimpleImputer(strategy='median'), StandardScaler(),
                      LogisticRegression(max_iter=5000, class_weight='balanced', C=0.3))
model.fit(X_train, y_train)
scores = model.predict_proba(X_test)[:, 1]
print('model AP:', average_precision_score(y_test, scores))
print('model AUC:', roc_auc_score(y_test, scores))
print(confusion_matrix(y_test, scores > 0.5))

# -- write predictions --

model.fit(df[FEATURES], df['is_fraud'])
out = pd.DataFrame({'claim_id': test_df['claim_id'], 'prediction': model.predict_proba(test_df[FEATURES])[:, 1]})
out.to_csv('predictions.csv', index=False)
