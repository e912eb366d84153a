# ShopNest - return prediction
# by: Marco (bootcamp capstone style, kept it simple)

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# load data
orders = pd.read_csv('train.csv')
customers = pd.read_csv('customers.csv')
products = pd.read_csv('products.csv')

orders['order_date'] = pd.to_datetime(orders['order_date'])
customers['signup_date'] = pd.to_datetime(customers['signup_date'])

# merge everything together
df = pd.merge(orders, customers, on='customer_id', how='left')
df = pd.merge(df, products, on='product_id', how='left')

print(df.head())
print(df.columns.tolist())
print('missing values:')
print(df.isnull().sum())

# feature engineering
df['days_since_signup'] = (df['order_date'] - df['signup_date']).dt.days
df['total'] = df['quantity'] * df['unit_price']
df['big_discount'] = df['discount_pct'] > 40
df['month'] = df['order_date'].dt.month

# encode categories with dummies
cats = ['category', 'size_ordered', 'payment_method', 'shipping_method', 'device', 'region', 'loyalty_tier']
df = pd.get_dummies(df, columns=cats)

# columns we can't use (ids, dates, stuff that happens after the return)
drop_cols = ['order_line_id', 'order_id', 'customer_id', 'product_id', 'brand', 'material',
             'order_date', 'signup_date', 'return_reason', 'refund_amount', 'returned']

# time based split - last 6 months = test, only new customers in test
train = df[df['order_date'] < '2023-07-01']
test = df[df['order_date'] >= '2023-07-01']
test = test[~test['customer_id'].isin(train['customer_id'])]

X_train = train.drop(columns=drop_cols).fillna(0)
y_train = train['returned']
X_test = test.drop(columns=drop_cols).fillna(0)
y_test = test['returned']

print('train size:', X_train.shape)
print('test size:', X_test.shape)

# baseline: always predict "not returned"
dummy = DummyClassifier(strategy='most_frequent')
dummy.fit(X_train, y_train)
print('Baseline accuracy:', accuracy_score(y_test, dummy.predict(X_test)))

# random forest
rf = RandomForestClassifier(n_estimators=200, max_depth=12, random_state=42)
rf.fit(X_train, y_train)
preds = rf.predict(X_test)
print('Random forest accuracy:', accuracy_score(y_test, preds))

# feature importance
importances = pd.Series(rf.feature_importances_, index=X_train.columns)
print(importances.sort_values(ascending=False).head(15))
