import pandas as pd, numpy as np, lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.shape, df.is_fraud.mean().round(4))
cat = ['merchant_category', 'country']
prep = lambda d: d.assign(**{c: d[c].astype('category') for c in cat}, log_amt=np.log1p(d.amount))
F = ['log_amt', 'hour', 'card_age_days', 'n_tx_24h', 'dist_from_home_km', 'is_online', *cat]
X, y = prep(df)[F], df.is_fraud
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=.2, stratify=y, random_state=21)

m = lgb.LGBMClassifier(n_estimators=5000, learning_rate=.02, num_leaves=31, subsample=.8, subsample_freq=1, colsample_bytree=.8, scale_pos_weight=10, verbose=-1)
m.fit(X_tr, y_tr, eval_set=[(X_te, y_te)], eval_metric='auc', callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
p = m.predict_proba(X_te, num_iteration=m.best_iteration_)[:, 1]
print(f"best_iter={m.best_iteration_}  test AUC={roc_auc_score(y_te, p):.4f}  AP={average_precision_score(y_te, p):.4f}")
print(pd.Series(m.feature_importances_, F).sort_values(ascending=False).head(8))

f = lgb.LGBMClassifier(**{**m.get_params(), 'n_estimators': m.best_iteration_}).fit(X, y)
pd.DataFrame({'transaction_id': te.transaction_id, 'prediction': f.predict_proba(prep(te)[F])[:, 1]}).to_csv('predictions.csv', index=False)

sub = pd.read_csv('predictions.csv')
assert sub.prediction.between(0, 1).all() and sub.transaction_id.is_unique and len(sub) == len(te), 'bad submission'
