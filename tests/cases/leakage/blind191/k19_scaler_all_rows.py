import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

# ---------------------------------------------------------------- load
df = pd.read_csv('train.csv')
df_test = pd.read_csv('test.csv')

print(df.head())
print(df['is_fraud'].value_counts())


# ---------------------------------------------------------------- features
def make_feats(d):
    f = pd.DataFrame()
    f['amount'] = d['amount']
    f['log_amount'] = np.log1p(d['amount'])
    t = pd.to_datetime(d['transaction_time'])
    f['hour_sin'] = np.sin(2 * np.pi * t.dt.hour / 24)
    f['hour_cos'] = np.cos(2 * np.pi * t.dt.hour / 24)
    f['weekend'] = (t.dt.dayofweek >= 5).astype(int)
    f['mobile'] = (d['device'] == 'mobile').astype(int)
    f['foreign'] = (d['country'] != 'US').astype(int)
    for cat in ['electronics', 'travel', 'gift_cards', 'grocery', 'gas']:
        f['mc_' + cat] = (d['merchant_category'] == cat).astype(int)
    return f


X = make_feats(df)
y = df['is_fraud']
Xt = make_feats(df_test)

# scale
scaler = StandardScaler()
X = pd.DataFrame(scaler.fit_transform(X), columns=X.columns)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

# ---------------------------------------------------------------- model
lr = LogisticRegression(class_weight='balanced', C=0.3, max_iter=5000)
lr.fit(X_train, y_train)
probs = lr.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy='prior')
dummy.fit(X_train, y_train)
dprobs = dummy.predict_proba(X_test)[:, 1]

print('LogReg  AUC: %.4f  AP: %.4f' % (roc_auc_score(y_test, probs), average_precision_score(y_test, probs)))
print('Dummy   AUC: %.4f  AP: %.4f' % (roc_auc_score(y_test, dprobs), average_precision_score(y_test, dprobs)))
print(confusion_matrix(y_test, (probs > 0.5).astype(int)))

coefs = pd.Series(lr.coef_[0], index=X.columns).sort_values()
print(coefs)

# ---------------------------------------------------------------- submission
X_full = make_feats(df)
final_scaler = StandardScaler().fit(X_full)
final = LogisticRegression(class_weight='balanced', C=0.3, max_iter=5000)
final.fit(final_scaler.transform(X_full), y)
sub = pd.DataFrame({'transaction_id': df_test['transaction_id'],
                    'prediction': final.predict_proba(final_scaler.transform(Xt))[:, 1]})
sub.to_csv('predictions.csv', index=False)
