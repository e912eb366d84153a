"""Stock-out next week – feature selection inside the pipeline

There are ~40 candidate features after engineering. `SelectFromModel` (L1 logistic) sits inside
the pipeline, so it only ever sees the training split.
"""

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv('train.csv', parse_dates=['week_start'])
base = ['on_hand_units', 'units_sold_last_week', 'units_sold_4w_avg', 'days_of_supply',
        'open_po_units', 'lead_time_days', 'sell_price', 'promo_flag', 'supplier_fill_rate']
for a in base:
    for b in ['units_sold_4w_avg', 'lead_time_days', 'supplier_fill_rate']:
        if a != b and a != 'promo_flag':
            df[f'{a}__per__{b}'] = df[a] / (df[b].abs() + 0.1)
df['woy_sin'] = np.sin(2 * np.pi * df['week_start'].dt.isocalendar().week.astype(int) / 52)
df['woy_cos'] = np.cos(2 * np.pi * df['week_start'].dt.isocalendar().week.astype(int) / 52)
features = [c for c in df.columns if c in base or '__per__' in c or c.startswith('woy_')]
print(len(features))

stores = np.sort(df['store_id'].unique())
eval_stores = stores[::4]
cut = df['week_start'].quantile(0.8)
tr = df[~df['store_id'].isin(eval_stores) & (df['week_start'] < cut)]
te = df[df['store_id'].isin(eval_stores) & (df['week_start'] >= cut)]

pipe = Pipeline([
    ('scale', StandardScaler()),
    ('select', SelectFromModel(LogisticRegression(penalty='l1', C=0.05, solver='liblinear',
                                                  class_weight='balanced'))),
    ('clf', HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight='balanced')),
])
pipe.fit(tr[features], tr['stockout_next_week'])
kept = np.array(features)[pipe.named_steps['select'].get_support()]
print(len(kept), 'features kept:', list(kept))

p = pipe.predict_proba(te[features])[:, 1]
y = te['stockout_next_week']
prev = np.full(len(te), tr['stockout_next_week'].mean())
print('PR-AUC  pipeline   :', round(average_precision_score(y, p), 4))
print('PR-AUC  baseline (prevalence):', round(average_precision_score(y, prev), 4))
print('ROC-AUC pipeline   :', round(roc_auc_score(y, p), 4))

ev = te.assign(score=p)
top = ev.nlargest(int(0.05 * len(ev)), 'score')
print('precision@5%:', round(top['stockout_next_week'].mean(), 4))

# Submission: refit on every labelled row

sub = pd.read_csv('test.csv', parse_dates=['week_start'])
for a in base:
    for b in ['units_sold_4w_avg', 'lead_time_days', 'supplier_fill_rate']:
        if a != b and a != 'promo_flag':
            sub[f'{a}__per__{b}'] = sub[a] / (sub[b].abs() + 0.1)
sub['woy_sin'] = np.sin(2 * np.pi * sub['week_start'].dt.isocalendar().week.astype(int) / 52)
sub['woy_cos'] = np.cos(2 * np.pi * sub['week_start'].dt.isocalendar().week.astype(int) / 52)
pipe.fit(df[features], df['stockout_next_week'])
pd.DataFrame({'row_id': sub['row_id'], 'prediction': pipe.predict_proba(sub[features])[:, 1]}).to_csv(
    'predictions.csv', index=False)
