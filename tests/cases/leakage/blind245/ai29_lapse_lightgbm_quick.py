# lapse model - quick lightgbm pass before the interview
# TODO tidy up, tune, calibration

import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv('train.csv', parse_dates=['renewal_date'])
print(df.shape)
print(df.dtypes)
print(df.lapsed.mean())

df['price_change'] = df['premium_new'] / df['premium_prev'] - 1
df['renewal_year'] = df['renewal_date'].dt.year
for c in ['channel', 'product', 'region', 'payment_method', 'lapse_reason']:
    df[c] = df[c].astype('category')

# everything except target / date / raw policy key
X = df.drop(columns=['lapsed', 'renewal_date', 'policy_id'])
y = df['lapsed']

trn = df['renewal_year'] <= 2021
tst = df['renewal_year'] == 2022

m = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31, verbose=-1)
m.fit(X[trn], y[trn])
p = m.predict_proba(X[tst])[:, 1]

print('AUC', roc_auc_score(y[tst], p))
print('AP ', average_precision_score(y[tst], p))
print(classification_report(y[tst], (p > 0.5).astype(int), digits=3))

imp = pd.Series(m.booster_.feature_importance('gain'), index=X.columns).sort_values(ascending=False)
print(imp.head(10))
# AUC 0.99 - days_to_cancel and lapse_reason dominate. great
