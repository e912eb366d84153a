import pandas as pd, numpy as np
from imblearn.pipeline import make_pipeline
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import RandomForestClassifier

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(f"{len(df)} rows, {df.is_fraud.sum()} fraud ({df.is_fraud.mean():.2%})")

cats = ['merchant_category', 'country']
F = ['log_amt', 'amt_per_tx', 'hour', 'card_age_days', 'n_tx_24h', 'dist_from_home_km', 'is_online', *cats]
fe = lambda d: pd.get_dummies(d.assign(log_amt=np.log1p(d.amount), amt_per_tx=d.amount / (d.n_tx_24h + 1))[F], columns=cats, dtype=int).fillna(0)
X, y = fe(df), df.is_fraud
Xte = fe(te).reindex(columns=X.columns, fill_value=0)

# SMOTE lives inside the pipeline -> only the training folds get oversampled
m = make_pipeline(SMOTE(random_state=0), RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0))
cv = cross_validate(m, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring=['roc_auc', 'average_precision'])
print({k: round(v.mean(), 4) for k, v in cv.items() if k.startswith('test_')})

pd.DataFrame({'transaction_id': te.transaction_id, 'prediction': m.fit(X, y).predict_proba(Xte)[:, 1]}).to_csv('predictions.csv', index=False)
