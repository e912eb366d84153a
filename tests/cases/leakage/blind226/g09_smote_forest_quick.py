# churn take-home - quick version
# random forest + SMOTE because the classes are very unbalanced (~5% churn)

import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split as tts
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv('train.csv')
te = pd.read_csv('test.csv')

print(df.shape)
print(df.head())
print(df.isna().sum())
print(df['churned_next_month'].value_counts())

# ---------- features ----------
def prep(d):
    d = d.copy()
    d = d.sort_values(['customer_id', 'snapshot_month'])
    d['usage_last'] = d.groupby('customer_id')['usage_hours'].shift(1)
    d['usage_last'] = d['usage_last'].fillna(d['usage_hours'])
    d['usage_chg'] = d['usage_hours'] - d['usage_last']
    d['tickets_last'] = d.groupby('customer_id')['support_tickets'].shift(1).fillna(0)
    d['charges_x_fail'] = d['monthly_charges'] * d['payment_failures']
    d['short_tenure'] = (d['tenure_months'] < 6).astype(int)
    d = pd.get_dummies(d, columns=['plan'], drop_first=True, dtype=int)
    return d

df = prep(df)
te = prep(te)

feats = ['monthly_charges', 'tenure_months', 'usage_hours', 'support_tickets',
         'payment_failures', 'usage_last', 'usage_chg', 'tickets_last',
         'charges_x_fail', 'short_tenure'] + [c for c in df.columns if c.startswith('plan_')]
for c in feats:
    if c not in te.columns:
        te[c] = 0

X = df[feats].fillna(0)
y = df['churned_next_month']

# balance the classes first
sm = SMOTE(random_state=1)
X_bal, y_bal = sm.fit_resample(X, y)
print('after smote:', pd.Series(y_bal).value_counts().to_dict())

X_tr, X_te, y_tr, y_te = tts(X_bal, y_bal, test_size=0.2, random_state=1, stratify=y_bal)

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=1)
rf.fit(X_tr, y_tr)

train_acc = accuracy_score(y_tr, rf.predict(X_tr))
test_acc = accuracy_score(y_te, rf.predict(X_te))
print('train accuracy', round(train_acc, 4))
print('test accuracy', round(test_acc, 4))

# which features matter
imp = sorted(zip(rf.feature_importances_, feats), reverse=True)
for v, f in imp:
    print(f'{f:20s} {v:.3f}')

# predictions for the real test file
rf_full = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=1)
rf_full.fit(X_bal, y_bal)
out = pd.DataFrame({'snapshot_id': te['snapshot_id'],
                    'prediction': rf_full.predict_proba(te[feats].fillna(0))[:, 1]})
out.to_csv('predictions.csv', index=False)
print(out.describe())

print('''
SUMMARY
-------
Random forest with SMOTE oversampling. Held-out accuracy is {:.1%} (train {:.1%}),
so the model generalises well and is not overfitting much.
Most important: {}, {}, {}.
'''.format(test_acc, train_acc, imp[0][1], imp[1][1], imp[2][1]))
