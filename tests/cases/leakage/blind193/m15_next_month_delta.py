# Churn prediction - month-over-month engagement trends
# ----------------------------------------------------
# Idea: a drop in logins / spend compared with the previous snapshot is a strong
# early churn signal, so I add deltas to the raw snapshot features.

import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')
train['snapshot_month'] = pd.to_datetime(train['snapshot_month'])
test['snapshot_month'] = pd.to_datetime(test['snapshot_month'])

# stack train + test so the deltas of the first test month can use September
full = pd.concat([train.assign(part='train'), test.assign(part='test')], ignore_index=True)
full = full.sort_values(['customer_id', 'snapshot_month']).reset_index(drop=True)

grp = full.groupby('customer_id')
# trend features
full['login_trend'] = grp['logins_30d'].shift(-1) - full['logins_30d']
full['spend_trend'] = grp['monthly_spend'].shift(-1) - full['monthly_spend']
full['ticket_trend'] = grp['support_tickets_30d'].shift(-1) - full['support_tickets_30d']

full['months_observed'] = grp.cumcount()
full = pd.get_dummies(full, columns=['plan', 'region'], dtype=int)
dummy_cols = [c for c in full.columns if c.startswith(('plan_', 'region_'))]

features = ['tenure_months', 'monthly_spend', 'logins_30d',
            'support_tickets_30d', 'days_since_last_login',
            'login_trend', 'spend_trend', 'ticket_trend', 'months_observed'] + dummy_cols

train = full[full.part == 'train'].copy()
test = full[full.part == 'test'].copy()

# hold out every 5th customer (by hash of id) and validate on their Jul-Sep rows;
# fit on the other customers' Jan-Jun rows
bucket = pd.util.hash_pandas_object(train['customer_id'], index=False) % 5
holdout = (bucket == 0).to_numpy()
late = (train['snapshot_month'] >= '2024-07-01').to_numpy()
tr = train[~holdout & ~late]
va = train[holdout & late]
print('train', tr.shape, 'valid', va.shape)

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15,
                         min_child_samples=40, colsample_bytree=0.8,
                         random_state=1, verbose=-1)
clf.fit(tr[features], tr['churned_next_month'])
pred = clf.predict_proba(va[features])[:, 1]

base = DummyClassifier(strategy='most_frequent').fit(tr[features], tr['churned_next_month'])
base_pred = base.predict_proba(va[features])[:, 1]

print('AUC      baseline %.3f | lgbm %.3f' % (roc_auc_score(va['churned_next_month'], base_pred),
                                               roc_auc_score(va['churned_next_month'], pred)))
print('PR-AUC   baseline %.3f | lgbm %.3f' % (average_precision_score(va['churned_next_month'], base_pred),
                                               average_precision_score(va['churned_next_month'], pred)))
print(classification_report(va['churned_next_month'], (pred > 0.2).astype(int), digits=3))

imp = pd.Series(clf.booster_.feature_importance('gain'), index=features)
print(imp.sort_values(ascending=False).round(0))

# final fit on all training months
clf.fit(train[features], train['churned_next_month'])
test['prediction'] = clf.predict_proba(test[features])[:, 1]
test[['snapshot_id', 'prediction']].to_csv('predictions.csv', index=False)
print(test['prediction'].describe())
