import pandas as pd, numpy as np
from sklearn.model_selection import StratifiedGroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import TargetEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.groupby('borrower_id').size().value_counts().head(), df.defaulted.mean(), sep='\n')

num, cat = ['amount', 'term_months', 'rate', 'income', 'dti', 'emp_years'], ['purpose', 'grade']
X, y, g = df[num + cat], df.defaulted, df.borrower_id
# target encoding sits inside the pipeline -> refit on the training folds only
m = make_pipeline(make_column_transformer((TargetEncoder(random_state=0), cat), remainder='passthrough'),
                  HistGradientBoostingClassifier(max_iter=300, learning_rate=.05, random_state=0))
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
for n, e in [('dummy baseline', DummyClassifier(strategy='prior')), ('TE + HGB', m)]:
    s = cross_val_score(e, X, y, groups=g, cv=cv, scoring='roc_auc')
    print(f"{n:15s} AUC {s.mean():.4f} ± {s.std():.4f}")

pd.DataFrame({'loan_id': te.loan_id, 'prediction': m.fit(X, y).predict_proba(te[num + cat])[:, 1]}).to_csv('predictions.csv', index=False)
