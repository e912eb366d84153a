import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, confusion_matrix

data = pd.read_csv('train.csv')
data['month'] = pd.to_datetime(data['month'])
print(data.shape)
print(data['adherent'].value_counts())

# member table: one row per member with their static attributes
members = data.groupby('member_id').agg(
    age=('age', 'first'), gender=('gender', 'first'), lis_status=('lis_status', 'first'),
    n_chronic=('n_chronic_conditions', 'max'),
).reset_index()
print(members.describe())

# rough drug grouping
grp_map = {'statin': 'lipid', 'ace_arb': 'htn', 'biguanide': 'dm', 'sulfonylurea': 'dm',
           'dpp4': 'dm', 'sglt2': 'dm', 'tzd': 'dm'}
data['drug_grp'] = data['drug_class'].map(grp_map).fillna('other')

data = data.sort_values(['member_id', 'month'])
data['copay_delta'] = data.groupby('member_id')['copay_30d'].diff().fillna(0)
data['supply_gap'] = (data['days_on_hand_start'] == 0).astype(int)

X = pd.get_dummies(data[['age', 'n_chronic_conditions', 'copay_30d', 'copay_delta', 'mail_order',
                         'months_on_therapy', 'pdc_prev_3m', 'fills_prev_month',
                         'days_on_hand_start', 'er_visits_prev_6m', 'supply_gap',
                         'plan_type', 'lis_status', 'drug_grp', 'pharmacy_type']],
                   drop_first=True)
X = X.fillna(-1)
y = data['adherent']

# train on H1 2023 and earlier; test on later months, new members only (that's what we score in prod)
is_train = data['month'] <= '2023-06-30'
train_members = set(data.loc[is_train, 'member_id'])
is_test = (data['month'] > '2023-06-30') & ~data['member_id'].isin(train_members)
X_train, y_train = X[is_train], y[is_train]
X_test, y_test = X[is_test], y[is_test]
print('train', X_train.shape, 'test', X_test.shape)

rf = RandomForestClassifier(n_estimators=300, max_depth=12, class_weight='balanced_subsample',
                            n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

dc = DummyClassifier(strategy='prior').fit(X_train, y_train)

print('baseline AUC:', roc_auc_score(y_test, dc.predict_proba(X_test)[:, 1]))
print('RF AUC:', roc_auc_score(y_test, proba))
print('RF F1:', f1_score(y_test, proba > 0.5))
print(confusion_matrix(y_test, proba > 0.5))

fi = pd.Series(rf.feature_importances_, X.columns).sort_values(ascending=False)
print(fi.head(10))
