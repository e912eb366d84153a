# Seller churn - random forest
# Author: candidate
# Time spent: ~2h

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# load data
data = pd.read_csv('train.csv')
data['week_start'] = pd.to_datetime(data['week_start'])
print(data.shape)
print(data.dtypes)
print(data.isnull().sum())

# fill missing values
data['avg_rating'] = data['avg_rating'].fillna(0)
data['late_shipment_rate'] = data['late_shipment_rate'].fillna(0)
data['days_since_last_login'] = data['days_since_last_login'].fillna(999)

# some extra features
data['gmv_per_order'] = data['gmv_usd'] / (data['orders'] + 1)
data['listing_growth'] = data['new_listings'] / (data['active_listings'] + 1)
data['tickets_per_order'] = data['support_tickets'] / (data['orders'] + 1)
data['low_rating'] = (data['avg_rating'] < 4.0).astype(int)

# one hot encode categoricals
data = pd.get_dummies(data, columns=['category', 'region', 'fee_tier'])

# sort by time and keep last 8 weeks for testing
data = data.sort_values('week_start')
last_weeks = sorted(data['week_start'].unique())[-8:]
train = data[~data['week_start'].isin(last_weeks)]
test = data[data['week_start'].isin(last_weeks)]

drop_cols = ['churned_next_4w', 'snapshot_id', 'week_start']
X_train = train.drop(columns=drop_cols)
y_train = train['churned_next_4w']
X_test = test.drop(columns=drop_cols)
y_test = test['churned_next_4w']

print('train size', X_train.shape, 'test size', X_test.shape)

# try a few depths
for depth in [6, 10, 14]:
    rf = RandomForestClassifier(n_estimators=200, max_depth=depth, random_state=0, n_jobs=-1)
    rf.fit(X_train, y_train)
    # depth is chosen by looking at train accuracy only
    print('depth', depth, 'train acc', accuracy_score(y_train, rf.predict(X_train)))

rf = RandomForestClassifier(n_estimators=300, max_depth=10, random_state=0, n_jobs=-1)
rf.fit(X_train, y_train)

test_acc = rf.score(X_test, y_test)
print('Test accuracy:', round(test_acc, 4))

importances = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(importances.head(20))

# predictions for submission
sub = pd.read_csv('test.csv')
sub['week_start'] = pd.to_datetime(sub['week_start'])
sub['avg_rating'] = sub['avg_rating'].fillna(0)
sub['late_shipment_rate'] = sub['late_shipment_rate'].fillna(0)
sub['days_since_last_login'] = sub['days_since_last_login'].fillna(999)
sub['gmv_per_order'] = sub['gmv_usd'] / (sub['orders'] + 1)
sub['listing_growth'] = sub['new_listings'] / (sub['active_listings'] + 1)
sub['tickets_per_order'] = sub['support_tickets'] / (sub['orders'] + 1)
sub['low_rating'] = (sub['avg_rating'] < 4.0).astype(int)
sub = pd.get_dummies(sub, columns=['category', 'region', 'fee_tier'])
sub_X = sub.reindex(columns=X_train.columns, fill_value=0)

out = pd.DataFrame({'snapshot_id': sub['snapshot_id'], 'prediction': rf.predict_proba(sub_X)[:, 1]})
out.to_csv('predictions.csv', index=False)
print('done')
