# quick first pass at the trial conversion task
# TODO: tune, try boosting if time allows

import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv('train.csv')
df['snapshot_date'] = pd.to_datetime(df['snapshot_date'])
df = df.sort_values(['account_id', 'snapshot_date'])

print(df.head())
print(df.isna().sum())

# simple history feats
g = df.groupby('account_id')
df['sessions_yday'] = g['sessions'].shift(1).fillna(0)
df['events_yday'] = g['events'].shift(1).fillna(0)
df['seats_yday'] = g['active_seats'].shift(1).fillna(0)
df['billing_views_before'] = g['billing_page_views'].cumsum() - df['billing_page_views']
df['invites_before'] = g['invites_sent'].cumsum() - df['invites_sent']
df['tickets_before'] = g['support_tickets'].cumsum() - df['support_tickets']

df = pd.get_dummies(df, columns=['signup_channel', 'industry', 'company_size'], dtype=int)
dummies = [c for c in df.columns if c.startswith(('signup_channel_', 'industry_', 'company_size_'))]

cols = ['trial_day', 'sessions', 'events', 'active_seats', 'integrations_connected',
        'sessions_yday', 'events_yday', 'seats_yday', 'billing_views_before',
        'invites_before', 'tickets_before'] + dummies

# train: before May. test: May, only trials we haven't seen yet
tr = df[df.snapshot_date < '2024-05-01']
te = df[(df.snapshot_date >= '2024-05-01') & (~df.account_id.isin(tr.account_id))]

model = ExtraTreesClassifier(n_estimators=300, min_samples_leaf=10, random_state=1, n_jobs=-1)
model.fit(tr[cols], tr['converted_14d'])
dummy = DummyClassifier(strategy='most_frequent').fit(tr[cols], tr['converted_14d'])

print('dummy acc   ', accuracy_score(te['converted_14d'], dummy.predict(te[cols])))
print('extratrees acc', accuracy_score(te['converted_14d'], model.predict(te[cols])))

for c, v in sorted(zip(cols, model.feature_importances_), key=lambda t: -t[1])[:6]:
    print(f'{c:25s} {v:.3f}')
