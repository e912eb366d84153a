# Churn prediction - decision tree ensemble
# Candidate: junior data analyst application
#
# Steps
#  1. load data
#  2. turn region into a number ordered by how risky the region is
#  3. split by customer so the same customer is not in train and test
#  4. train a bagged decision tree model and check the score

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import BaggingClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier

# 1. load
df = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')
print(df.head())
print(df.describe())

# 2. region risk ranking (1 = safest region)
region_churn = df.groupby('region')['churned_next_month'].mean().sort_values()
region_rank = {region: rank for rank, region in enumerate(region_churn.index, start=1)}
print(region_churn)
df['region_rank'] = df['region'].map(region_rank)
test['region_rank'] = test['region'].map(region_rank).fillna(0)

df = pd.get_dummies(df, columns=['plan'], dtype=int)
test = pd.get_dummies(test, columns=['plan'], dtype=int)
plan_cols = [c for c in df.columns if c.startswith('plan_')]
for c in plan_cols:
    if c not in test.columns:
        test[c] = 0

features = ['tenure_months', 'monthly_spend', 'logins_30d', 'support_tickets_30d',
            'days_since_last_login', 'account_closed_date_known', 'region_rank'] + plan_cols
df[features] = df[features].fillna(0)
test[features] = test[features].fillna(0)

# 3. split by customer
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(splitter.split(df, groups=df['customer_id']))
X_train = df.iloc[train_idx][features]
y_train = df.iloc[train_idx]['churned_next_month']
X_test = df.iloc[test_idx][features]
y_test = df.iloc[test_idx]['churned_next_month']
print('train size', len(X_train), 'test size', len(X_test))

# 4. model
model = BaggingClassifier(DecisionTreeClassifier(max_depth=8), n_estimators=50, random_state=0)
model.fit(X_train, y_train)

base = DummyClassifier(strategy='most_frequent')
base.fit(X_train, y_train)

print('baseline score:', round(base.score(X_test, y_test), 4))
print('model score   :', round(model.score(X_test, y_test), 4))

importances = np.mean([t.feature_importances_ for t in model.estimators_], axis=0)
print('average feature importance over the trees:')
print(dict(zip(features, np.round(importances, 3))))

# predictions for the test file
test['prediction'] = model.predict_proba(test[features])[:, 1]
test[['snapshot_id', 'prediction']].to_csv('predictions.csv', index=False)
print('saved predictions.csv')
