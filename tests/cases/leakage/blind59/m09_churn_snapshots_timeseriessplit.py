import pandas as pd, numpy as np
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier

# rows are monthly snapshots -> sort by month and use forward-chaining CV
df = pd.read_csv('train.csv', parse_dates=['snapshot_month']).sort_values('snapshot_month', kind='stable').reset_index(drop=True)
te = pd.read_csv('test.csv', parse_dates=['snapshot_month'])
num, cat = ['tenure_months', 'monthly_spend', 'support_tickets', 'logins_30d'], ['plan', 'region']
add = lambda d: d.assign(month_of_year=d.snapshot_month.dt.month, spend_x_tickets=d.monthly_spend * d.support_tickets)
X, y = add(df)[num + cat + ['month_of_year', 'spend_x_tickets']], df.churned_next_month

m = make_pipeline(make_column_transformer((OneHotEncoder(handle_unknown='ignore', sparse_output=False), cat), remainder='passthrough'),
                  HistGradientBoostingClassifier(max_iter=300, learning_rate=.05, l2_regularization=1.0))
s = cross_val_score(m, X, y, cv=TimeSeriesSplit(n_splits=5), scoring='roc_auc')
print(*[f"fold{i}: {a:.4f}" for i, a in enumerate(s)], f"mean AUC {s.mean():.4f}", sep='\n')

m.fit(X, y)
pd.DataFrame({'snapshot_id': te.snapshot_id, 'prediction': m.predict_proba(add(te)[X.columns])[:, 1]}).to_csv('predictions.csv', index=False)
