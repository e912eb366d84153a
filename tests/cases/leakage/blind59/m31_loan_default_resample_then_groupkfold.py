import pandas as pd, numpy as np
from sklearn.utils import resample
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
pos, neg = df[df.defaulted == 1], df[df.defaulted == 0]
print(f"pos {len(pos)} / neg {len(neg)}")
# upsample defaults to 1:2 so the booster actually sees them
df = pd.concat([neg, resample(pos, replace=True, n_samples=len(neg) // 2, random_state=0)]).sample(frac=1, random_state=0)

num, cat = ['amount', 'term_months', 'rate', 'income', 'dti', 'emp_years'], ['purpose', 'grade']
X, y, g = df[num + cat], df.defaulted, df.borrower_id
m = make_pipeline(make_column_transformer((OneHotEncoder(handle_unknown='ignore', sparse_output=False), cat), remainder='passthrough'),
                  HistGradientBoostingClassifier(max_iter=300, learning_rate=.05, random_state=0))
r = cross_validate(m, X, y, groups=g, cv=GroupKFold(n_splits=5), scoring=('roc_auc', 'average_precision', 'recall'))
print(' | '.join(f"{k[5:]} {v.mean():.4f}" for k, v in r.items() if k.startswith('test_')))

pd.DataFrame({'loan_id': te.loan_id, 'prediction': m.fit(X, y).predict_proba(te[num + cat])[:, 1]}).to_csv('predictions.csv', index=False)
