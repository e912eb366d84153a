"""churn-snapshots: last two months held out, gradient boosting vs prior."""
import pandas as pd, numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier as HGB
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df, te = (pd.read_csv(f, parse_dates=['snapshot_month']) for f in ('train.csv', 'test.csv'))
T = 'churned_next_month'
print(df.shape, df[T].mean().round(4), df.snapshot_month.min(), df.snapshot_month.max())

prep = lambda d: pd.get_dummies(d.assign(spend_per_login=d.monthly_spend / (d.logins_30d + 1)), columns=['plan', 'region'], dtype=int)
d = prep(df)
feats = ['tenure_months', 'monthly_spend', 'support_tickets', 'logins_30d', 'spend_per_login', *[c for c in d if c.startswith(('plan_', 'region_'))]]
cut = d.snapshot_month.drop_duplicates().nlargest(2).min()
t, v = d.query('snapshot_month < @cut'), d.query('snapshot_month >= @cut')
Xt, yt, Xv, yv = t[feats], t[T], v[feats], v[T]

res = {n: m.fit(Xt, yt).predict_proba(Xv)[:, 1] for n, m in
       [('baseline_prior', DummyClassifier(strategy='prior')), ('hgb', HGB(max_iter=400, learning_rate=.04))]}
for n, p in res.items():
    print(f"{n:15s} AUC={roc_auc_score(yv, p):.4f} AP={average_precision_score(yv, p):.4f}")

m = HGB(max_iter=400, learning_rate=.04).fit(d[feats], d[T])
pd.DataFrame({'snapshot_id': te.snapshot_id, 'prediction': m.predict_proba(prep(te).reindex(columns=feats, fill_value=0))[:, 1]}).to_csv('predictions.csv', index=False)
