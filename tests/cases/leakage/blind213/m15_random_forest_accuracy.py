# Card Fraud Detection
# Author: take-home submission
#
# Steps:
#   1. load data
#   2. clean + encode
#   3. train/test split
#   4. random forest
#   5. evaluate + write predictions

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# 1. load data
df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')
print(df.head())
print(df.shape)
print(df.isnull().sum())

# 2. clean + encode
df = df.drop_duplicates(subset='transaction_id')

# remove columns we don't need
df = df.drop(['transaction_id', 'card_id', 'chargeback_flag'], axis=1)
test_ids = test_df['transaction_id']
test_df = test_df.drop(['transaction_id', 'card_id', 'chargeback_flag'], axis=1, errors='ignore')

# one-hot encode the text columns, then line the test columns up with train
text_cols = ['merchant_category', 'country', 'device_type']
df = pd.get_dummies(df, columns=text_cols)
test_df = pd.get_dummies(test_df, columns=text_cols)
test_df = test_df.reindex(columns=[c for c in df.columns if c != 'is_fraud'], fill_value=0)

print(df.dtypes)

# 3. train/test split
X = df.drop('is_fraud', axis=1)
y = df['is_fraud']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

print('Train size:', X_train.shape)
print('Test size:', X_test.shape)

# 4. random forest
rf = RandomForestClassifier(n_estimators=200, max_depth=12, class_weight='balanced', random_state=42)
rf.fit(X_train, y_train)

# 5. evaluate
train_pred = rf.predict(X_train)
test_pred = rf.predict(X_test)

print('Train accuracy:', accuracy_score(y_train, train_pred))
print('Test accuracy:', accuracy_score(y_test, test_pred))

# compare with always predicting "not fraud"
majority_pred = np.zeros(len(y_test), dtype=int)
print('Majority-class accuracy:', accuracy_score(y_test, majority_pred))

# try a few depths
for depth in [6, 10, 14]:
    m = RandomForestClassifier(n_estimators=100, max_depth=depth, class_weight='balanced', random_state=42)
    m.fit(X_train, y_train)
    print('depth', depth, 'train acc', round(accuracy_score(y_train, m.predict(X_train)), 4))

# feature importance
importances = pd.Series(rf.feature_importances_, index=X.columns)
print(importances.sort_values(ascending=False))

# predictions for test.csv
probs = rf.predict_proba(test_df[X.columns])[:, 1]
submission = pd.DataFrame({'transaction_id': test_ids, 'prediction': probs})
submission.to_csv('predictions.csv', index=False)
print('Done!')
