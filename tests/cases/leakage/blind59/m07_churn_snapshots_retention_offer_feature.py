# churn-snapshots | time cut + unseen customers in holdout | LightGBM-ish via HGB
import pandas as pd, numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
T, G, ID = 'churned_next_month', 'customer_id', 'snapshot_id'
print(df.isna().mean().sort_values().tail(4), df[T].value_counts(normalize=True), sep='\n')

enc = lambda d: d.assign(**{c: d[c].astype('category') for c in ['plan', 'region']},
                         tickets_per_month=d.support_tickets / d.tenure_months.clip(lower=1),
                         low_engagement=(d.logins_30d < 3).astype(int))
X_cols = lambda d: d.drop(columns=[T, ID, G, 'snapshot_month', 'account_closed_date_known'], errors='ignore').columns.tolist()

d = enc(df)
months = sorted(d.snapshot_month.unique())
t = d[d.snapshot_month.isin(months[:-2])]
v = d[d.snapshot_month.isin(months[-2:]) & ~d[G].isin(t[G])]
F = X_cols(d)
print(f"features ({len(F)}): {F}")

m = HistGradientBoostingClassifier(max_iter=500, learning_rate=.03, max_leaf_nodes=31, categorical_features='from_dtype', random_state=1)
p = m.fit(t[F], t[T]).predict_proba(v[F])[:, 1]
print(f"holdout AUC {roc_auc_score(v[T], p):.4f} | AP {average_precision_score(v[T], p):.4f}")
print(classification_report(v[T], p > .5, digits=3))

m.fit(d[F], d[T])
pd.DataFrame({ID: te[ID], 'prediction': m.predict_proba(enc(te)[F])[:, 1]}).to_csv('predictions.csv', index=False)
