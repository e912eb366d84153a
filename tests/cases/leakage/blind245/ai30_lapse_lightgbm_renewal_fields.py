# lapse model - quick lightgbm pass before the interview
# TODO tidy up, tune, calibration

import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv('train.csv', parse_dates=['renewal_date'])
print(df.shape)
print(df.dtypes)
print(df.lapsed.mean())

df['price_change'] = df['premium_new'] / df['premium_prev'] - 1
df['renewal_year'] = df['renewal_date'].dt.year
for c in ['channel', 'product', 'region', 'payment_method']:
    df[c] = df[c].astype('category')

# target, date, keys, and the two fields that only exist after a lapse (reason, days to cancel)
X = df.drop(columns=['lapsed', 'renewal_date', 'policy_id', 'policy_year_id',
                     'lapse_reason', 'days_to_cancel'])
y = df['lapsed']

trn = df['renewal_year'] <= 2021
tst = df['renewal_year'] == 2022

m = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31, verbose=-1)
m.fit(X[trn], y[trn])
p = m.predict_proba(X[tst])[:, 1]

base = DummyClassifier(strategy='prior').fit(X[trn], y[trn])
p_base = base.predict_proba(X[tst])[:, 1]

print('baseline AUC', roc_auc_score(y[tst], p_base), ' AP', average_precision_score(y[tst], p_base))
print('lgbm     AUC', roc_auc_score(y[tst], p), ' AP', average_precision_score(y[tst], p))
print(classification_report(y[tst], (p > 0.5).astype(int), digits=3))

imp = pd.Series(m.booster_.feature_importance('gain'), index=X.columns).sort_values(ascending=False)
print(imp.head(10))
# AUC ~0.76 now that the post-lapse fields are out - price_change and channel on top
