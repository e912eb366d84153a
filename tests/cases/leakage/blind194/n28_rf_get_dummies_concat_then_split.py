import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

# combine train and test so that the encoding is consistent
train['is_train'] = 1
test['is_train'] = 0
full = pd.concat([train, test], axis=0, ignore_index=True)
print(full.shape)

# date features
full['transaction_time'] = pd.to_datetime(full['transaction_time'])
full['hour'] = full['transaction_time'].dt.hour
full['dayofweek'] = full['transaction_time'].dt.dayofweek
full['month'] = full['transaction_time'].dt.month
full['log_amount'] = np.log1p(full['amount'])

cat_cols = ['merchant_category', 'country', 'device']
for c in cat_cols:
    full[c] = full[c].fillna('NA').astype(str)

# encode categoricals
full = pd.get_dummies(full, columns=cat_cols, dtype=int)
dummy_cols = [c for c in full.columns if c.startswith(tuple(x + '_' for x in cat_cols))]

features = ['amount', 'log_amount', 'hour', 'dayofweek', 'month'] + dummy_cols

train = full[full['is_train'] == 1].copy()
test = full[full['is_train'] == 0].copy()
train['is_fraud'] = train['is_fraud'].astype(int)

X = train[features]
y = train['is_fraud']

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, class_weight='balanced_subsample',
                            n_jobs=-1, random_state=0)
rf.fit(X_tr, y_tr)

val_proba = rf.predict_proba(X_val)[:, 1]
print('val ROC AUC: %.4f' % roc_auc_score(y_val, val_proba))
print('val PR AUC : %.4f' % average_precision_score(y_val, val_proba))
print('val recall@0.5: %.4f' % recall_score(y_val, (val_proba > 0.5).astype(int)))

imp = sorted(zip(rf.feature_importances_, features), reverse=True)
for score, name in imp:
    print(f'{name:20s} {score:.4f}')

rf.fit(X, y)
test['prediction'] = rf.predict_proba(test[features])[:, 1]
test[['transaction_id', 'prediction']].to_csv('predictions.csv', index=False)
print('saved', len(test))
