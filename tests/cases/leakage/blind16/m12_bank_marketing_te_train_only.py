# Bank Marketing - target encoding learned on the training split only.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

CATS = ['job', 'marital', 'education', 'default', 'housing', 'loan', 'contact', 'poutcome']
SMOOTHING = 20


def fit_target_encoding(frame, col, target, m=SMOOTHING):
    prior = frame[target].mean()
    stats = frame.groupby(col)[target].agg(['mean', 'count'])
    enc = (stats['count'] * stats['mean'] + m * prior) / (stats['count'] + m)
    return enc, prior


def apply_target_encoding(frame, col, enc, prior):
    return frame[col].map(enc).fillna(prior).astype(float)


bank = pd.read_csv('bank-additional-full.csv', sep=';')
bank['y'] = (bank['y'] == 'yes').astype(int)
bank = bank.drop(columns=['duration'])  # not known before the call
bank = pd.get_dummies(bank, columns=['month', 'day_of_week'], drop_first=True)

train, test = train_test_split(bank, test_size=0.25, random_state=3, stratify=bank['y'])
train, test = train.copy(), test.copy()

for col in CATS:
    enc, prior = fit_target_encoding(train, col, 'y')
    train[col + '_te'] = apply_target_encoding(train, col, enc, prior)
    test[col + '_te'] = apply_target_encoding(test, col, enc, prior)

features = [c for c in train.columns if c not in CATS + ['y']]
X_train, y_train = train[features], train['y']
X_test, y_test = test[features], test['y']

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=3)
gb.fit(X_train, y_train)
proba = gb.predict_proba(X_test)[:, 1]

base = DummyClassifier(strategy='prior').fit(X_train, y_train)
base_p = base.predict_proba(X_test)[:, 1]

print(f'baseline (prior) AUC={roc_auc_score(y_test, base_p):.3f}  AP={average_precision_score(y_test, base_p):.3f}')
print(f'GBM              AUC={roc_auc_score(y_test, proba):.3f}  AP={average_precision_score(y_test, proba):.3f}')
