import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

df = pd.read_csv('train.csv')
print(df.shape)
print(df.isna().sum())
print(df['churned_next_month'].value_counts())

df['snapshot_month'] = pd.to_datetime(df['snapshot_month'])
df = df.sort_values(['customer_id', 'snapshot_month'])

# previous month features
df['logins_last_month'] = df.groupby('customer_id')['logins_30d'].shift(1)
df['tickets_last_month'] = df.groupby('customer_id')['support_tickets_30d'].shift(1)

num_cols = ['tenure_months', 'monthly_charges', 'support_tickets_30d', 'logins_30d',
            'logins_last_month', 'tickets_last_month']

# missing values -> mean, then standardize for logistic regression
df[num_cols] = df[num_cols].fillna(df[num_cols].mean())
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()

df = pd.get_dummies(df, columns=['plan'], drop_first=True)
plan_cols = [c for c in df.columns if c.startswith('plan_')]
features = num_cols + plan_cols

# brief says test.csv = later months, so validate on later months.
# also only customers the model has not seen before
last_months = sorted(df['snapshot_month'].unique())[-3:]
train_df = df[~df['snapshot_month'].isin(last_months)]
valid_df = df[df['snapshot_month'].isin(last_months)]
valid_df = valid_df[~valid_df['customer_id'].isin(train_df['customer_id'])]
print('train', len(train_df), 'valid', len(valid_df))

X_train = train_df[features]
y_train = train_df['churned_next_month']
X_valid = valid_df[features]
y_valid = valid_df['churned_next_month']

# baseline = predict nobody churns
baseline = np.zeros(len(y_valid))
print('baseline AUC', roc_auc_score(y_valid, baseline), 'baseline AP', average_precision_score(y_valid, baseline))

lr = LogisticRegression(class_weight='balanced', max_iter=1000)
lr.fit(X_train, y_train)
probs = lr.predict_proba(X_valid)[:, 1]
print('logreg AUC', roc_auc_score(y_valid, probs))
print('logreg AP', average_precision_score(y_valid, probs))
print(confusion_matrix(y_valid, probs > 0.5))

for f, c in zip(features, lr.coef_[0]):
    print(f, round(c, 3))

# TODO: predictions for test.csv
