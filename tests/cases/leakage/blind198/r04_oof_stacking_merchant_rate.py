# Fraud detection - level-2 stacking with out-of-fold predictions
# base learners: LightGBM, random forest, extra trees; meta learner: logistic regression
import numpy as np
import pandas as pd
from scipy.special import logit
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from lightgbm import LGBMClassifier

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

# merchant and card risk: how often they were involved in fraud
merchant_risk = df.groupby('merchant_id')['is_fraud'].mean()
card_risk = df.groupby('card_id')['is_fraud'].mean()
prior = df['is_fraud'].mean()
for d in (df, test_df):
    d['merchant_fraud_rate'] = d['merchant_id'].map(merchant_risk).fillna(prior)
    d['card_fraud_rate'] = d['card_id'].map(card_risk).fillna(prior)


def prep(d):
    d = d.copy()
    t = pd.to_datetime(d.transaction_time)
    d['hour'] = t.dt.hour
    d['is_night'] = d.hour.isin([0, 1, 2, 3, 4, 5]).astype(int)
    d['log_amt'] = np.log1p(d.amount)
    d['round_amt'] = (d.amount % 1 == 0).astype(int)
    d = pd.get_dummies(d, columns=['merchant_category', 'country', 'device'], dtype=int)
    return d.drop(columns=['transaction_time'])


df = prep(df)
test_df = prep(test_df).reindex(columns=[c for c in df.columns if c != 'is_fraud'], fill_value=0)

drop_cols = ['is_fraud', 'transaction_id', 'chargeback_flag', 'card_id', 'merchant_id']
feats = [c for c in df.columns if c not in drop_cols]

train_df, hold_df = train_test_split(df, test_size=0.25, stratify=df.is_fraud, random_state=0)
Xtr, ytr = train_df[feats], train_df.is_fraud
Xho, yho = hold_df[feats], hold_df.is_fraud

base_models = {
    'lgbm': LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63,
                           random_state=0, verbose=-1),
    'rf': RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1,
                                 class_weight='balanced_subsample', random_state=0),
    'et': ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0),
}


def oof_and_apply(X, y, X_apply, n_splits=5, seed=0):
    """OOF predictions on X for every base model + predictions on X_apply
    from a copy refitted on all of X."""
    skf = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    oof = np.zeros((len(X), len(base_models)))
    applied = np.zeros((len(X_apply), len(base_models)))
    for j, (name, model) in enumerate(base_models.items()):
        for i_tr, i_va in skf.split(X, y):
            m = clone(model).fit(X.iloc[i_tr], y.iloc[i_tr])
            oof[i_va, j] = m.predict_proba(X.iloc[i_va])[:, 1]
        print(f'{name:5s} OOF AUC {roc_auc_score(y, oof[:, j]):.4f}  AP {average_precision_score(y, oof[:, j]):.4f}')
        applied[:, j] = clone(model).fit(X, y).predict_proba(X_apply)[:, 1]
    return oof, applied


def to_logit(p):
    return logit(np.clip(p, 1e-6, 1 - 1e-6))


oof, hold_meta = oof_and_apply(Xtr, ytr, Xho)
meta = LogisticRegression(C=1.0, max_iter=1000).fit(to_logit(oof), ytr)
print('meta coefficients:', dict(zip(base_models, meta.coef_[0].round(3))))

p_hold = meta.predict_proba(to_logit(hold_meta))[:, 1]

base = DummyClassifier(strategy='prior').fit(Xtr, ytr)
p_base = base.predict_proba(Xho)[:, 1]

print('\nHold-out results')
print(f'  prior baseline  AUC {roc_auc_score(yho, p_base):.4f}  AP {average_precision_score(yho, p_base):.4f}')
print(f'  stacked model   AUC {roc_auc_score(yho, p_hold):.4f}  AP {average_precision_score(yho, p_hold):.4f}')

# ---- final fit on all labelled rows ----
X_all, y_all = df[feats], df.is_fraud
oof_all, test_meta = oof_and_apply(X_all, y_all, test_df[feats])
meta_all = LogisticRegression(C=1.0, max_iter=1000).fit(to_logit(oof_all), y_all)
pred = meta_all.predict_proba(to_logit(test_meta))[:, 1]

out = pd.DataFrame({'transaction_id': test_df.transaction_id, 'prediction': pred})
out.to_csv('predictions.csv', index=False)
print(out.describe())
