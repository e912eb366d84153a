#!/usr/bin/env python
# no-show take-home -- gradient boosting + smoothed neighbourhood encoding
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, brier_score_loss

SEED = 13
y_col = 'no_show'


def smoothed_rate(frame, col, m=50):
    """Per-level no-show rate shrunk towards the global rate."""
    prior = frame[y_col].mean()
    agg = frame.groupby(col)[y_col].agg(['sum', 'count'])
    return (agg['sum'] + m * prior) / (agg['count'] + m), prior


df = pd.read_csv('train.csv', parse_dates=['scheduled_at', 'appointment_at'])
df = df.drop(columns=['checkin_time'])
df['lead_days'] = df['lead_days'].clip(lower=0)
df['weekday'] = df.appointment_at.dt.weekday
df['month'] = df.appointment_at.dt.month
df['is_female'] = df.gender.eq('F').astype(int)
df['chronic'] = df[['hypertension', 'diabetes', 'alcoholism']].sum(axis=1)

cut = df.appointment_at.quantile(0.85)
trn = df[df.appointment_at < cut].copy()
tst = df[df.appointment_at >= cut].copy()
tst = tst[~tst.patient_id.isin(trn.patient_id)]

# neighbourhood no-show rate, learned on the training window only
rates, prior = smoothed_rate(trn, 'neighbourhood')
trn['nbh_rate'] = trn.neighbourhood.map(rates).fillna(prior)
tst['nbh_rate'] = tst.neighbourhood.map(rates).fillna(prior)

cols = ['lead_days', 'age', 'is_female', 'sms_sent', 'scholarship', 'chronic',
        'handicap', 'weekday', 'month', 'nbh_rate']

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                     max_leaf_nodes=31, l2_regularization=1.0,
                                     random_state=SEED)
clf.fit(trn[cols], trn[y_col])
proba = clf.predict_proba(tst[cols])[:, 1]

dummy = DummyClassifier(strategy='prior').fit(trn[cols], trn[y_col])
proba0 = dummy.predict_proba(tst[cols])[:, 1]

print('rows  train=%d  test=%d' % (len(trn), len(tst)))
print('AUC    dummy=%.4f  hgb=%.4f' % (roc_auc_score(tst[y_col], proba0), roc_auc_score(tst[y_col], proba)))
print('Brier  dummy=%.4f  hgb=%.4f' % (brier_score_loss(tst[y_col], proba0), brier_score_loss(tst[y_col], proba)))

# top / bottom neighbourhoods by learned rate
print(rates.sort_values().iloc[np.r_[0:5, -5:0]])

# final model on the full training file
test = pd.read_csv('test.csv', parse_dates=['scheduled_at', 'appointment_at'])
for frame in (test,):
    frame['lead_days'] = frame['lead_days'].clip(lower=0)
    frame['weekday'] = frame.appointment_at.dt.weekday
    frame['month'] = frame.appointment_at.dt.month
    frame['is_female'] = frame.gender.eq('F').astype(int)
    frame['chronic'] = frame[['hypertension', 'diabetes', 'alcoholism']].sum(axis=1)
rates_all, prior_all = smoothed_rate(df, 'neighbourhood')
df['nbh_rate'] = df.neighbourhood.map(rates_all)
test['nbh_rate'] = test.neighbourhood.map(rates_all).fillna(prior_all)
clf.fit(df[cols], df[y_col])
pd.DataFrame({'appointment_id': test.appointment_id,
              'prediction': clf.predict_proba(test[cols])[:, 1]}).to_csv('predictions.csv', index=False)
