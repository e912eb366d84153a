import pandas as pd, numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, classification_report

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.head(3).T)
print(df.is_fraud.value_counts())

enc = lambda d: pd.get_dummies(d.drop(columns=['is_fraud', 'chargeback_flag', 'merchant_id'], errors='ignore'), columns=['merchant_category', 'country'], dtype=int)
X, y = enc(df), df.is_fraud
Xte = enc(te).reindex(columns=X.columns, fill_value=0)
print(f"{X.shape[1]} features")

m = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, class_weight='balanced_subsample', n_jobs=-1, random_state=0).fit(X, y)
print(f"train AUC {roc_auc_score(y, m.predict_proba(X)[:, 1]):.4f}")
print(classification_report(y, m.predict(X), digits=3))
print(pd.Series(m.feature_importances_, X.columns).nlargest(10))

pd.DataFrame({'transaction_id': te.transaction_id, 'prediction': m.predict_proba(Xte)[:, 1]}).to_csv('predictions.csv', index=False)

sub = pd.read_csv('predictions.csv')
assert sub.prediction.between(0, 1).all() and sub.transaction_id.is_unique and len(sub) == len(te), 'bad submission'
