import pandas as pd, numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(f"{len(df)} rows, {df.is_fraud.sum()} fraud ({df.is_fraud.mean():.2%}) -> need rebalancing")

cats = ['merchant_category', 'country']
F = ['log_amt', 'amt_per_tx', 'hour', 'card_age_days', 'n_tx_24h', 'dist_from_home_km', 'is_online', *cats]
fe = lambda d: pd.get_dummies(d.assign(log_amt=np.log1p(d.amount), amt_per_tx=d.amount / (d.n_tx_24h + 1))[F], columns=cats, dtype=int).fillna(0)
X, y = fe(df), df.is_fraud
Xte = fe(te).reindex(columns=X.columns, fill_value=0)

Xs, ys = SMOTE(random_state=0, k_neighbors=5).fit_resample(X, y)
print(f"after SMOTE: {len(Xs)} rows, fraud share {ys.mean():.2f}")
Xt, Xv, yt, yv = train_test_split(Xs, ys, test_size=.2, stratify=ys, random_state=0)

m = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0).fit(Xt, yt)
p = m.predict_proba(Xv)[:, 1]
print(f"AUC {roc_auc_score(yv, p):.4f} | AP {average_precision_score(yv, p):.4f} | recall@0.5 {recall_score(yv, p > .5):.3f}")

m.fit(Xs, ys)
pd.DataFrame({'transaction_id': te.transaction_id, 'prediction': m.predict_proba(Xte)[:, 1]}).to_csv('predictions.csv', index=False)
