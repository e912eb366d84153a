# default_next_3m take-home
# ------------------------------------------------------------------
# 1. build a few history features per loan
# 2. validate on the most recent 4 months (new loans only -- the hidden
#    test.csv is made of loans originated after the training data)
# 3. refit on all of train.csv, write predictions.csv
# ------------------------------------------------------------------
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

pd.options.display.width = 140
TARGET = 'default_next_3m'


def history_features(frame):
    frame = frame.sort_values(['loan_id', 'as_of_month']).copy()
    grp = frame.groupby('loan_id')
    frame['prev_dpd'] = grp['dpd'].shift(1).fillna(0)
    frame['prev_util'] = grp['utilization'].shift(1)
    frame['prev_util'] = frame['prev_util'].fillna(frame['utilization'])
    frame['late_months_so_far'] = grp['dpd'].transform(lambda s: (s > 0).cumsum())
    frame['paid_less'] = (frame['payment_amount'] < frame['installment']).astype(int)
    frame['paid_less_prev'] = frame.groupby('loan_id')['paid_less'].shift(1).fillna(0)
    frame['grade_code'] = frame['grade'].map({'A': 0, 'B': 1, 'C': 2, 'D': 3, 'E': 4, 'F': 5, 'G': 6})
    frame['rent'] = frame['home_ownership'].eq('RENT').astype(int)
    return frame


cols = ['loan_amount', 'interest_rate', 'term_months', 'fico', 'dti', 'annual_income', 'months_on_book',
        'balance', 'utilization', 'prev_util', 'dpd', 'prev_dpd', 'late_months_so_far',
        'paid_less', 'paid_less_prev', 'n_late_30', 'grade_code', 'rent']

train = pd.read_csv('train.csv', parse_dates=['as_of_month'])
train = history_features(train)
train[cols] = train[cols].fillna(-1)

last4 = sorted(train['as_of_month'].unique())[-4:]
dev = train[~train['as_of_month'].isin(last4)]
val = train[train['as_of_month'].isin(last4) & ~train['loan_id'].isin(dev['loan_id'])]
print('dev', dev.shape, 'val', val.shape)

models = {
    'dummy (majority)': DummyClassifier(strategy='most_frequent'),
    'random forest': RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=20,
                                            n_jobs=-1, random_state=0),
    'extra trees': ExtraTreesClassifier(n_estimators=400, max_depth=14, min_samples_leaf=20,
                                        n_jobs=-1, random_state=0),
}

scores = {}
for name, mdl in models.items():
    mdl.fit(dev[cols], dev[TARGET])
    pred = mdl.predict(val[cols])
    scores[name] = accuracy_score(val[TARGET], pred)
    print(f'{name:18s} validation accuracy = {scores[name]:.4f}')

print(pd.Series(scores).sort_values(ascending=False))

rf = models['random forest']
importances = pd.Series(rf.feature_importances_, index=cols).sort_values(ascending=False)
print(importances.head(10))

# --- final fit + submission ------------------------------------------------------
test = pd.read_csv('test.csv', parse_dates=['as_of_month'])
full = history_features(pd.concat([train[test.columns], test], ignore_index=True))
full[cols] = full[cols].fillna(-1)
test_feats = full[full['loan_month_id'].isin(test['loan_month_id'])]

final = RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=20, n_jobs=-1, random_state=0)
final.fit(train[cols], train[TARGET])
submission = pd.DataFrame({'loan_month_id': test_feats['loan_month_id'],
                           'prediction': final.predict_proba(test_feats[cols])[:, 1]})
submission.to_csv('predictions.csv', index=False)
print(submission['prediction'].describe())
