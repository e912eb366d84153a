# fraud model - random forest + SMOTE
# author: candidate
import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, classification_report, average_precision_score

df = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

print(df.shape)
print(df['is_fraud'].value_counts())
print(df.isnull().sum())

# --- feature engineering ---
def prep(d):
    d = d.copy()
    d['transaction_time'] = pd.to_datetime(d['transaction_time'])
    d['hour'] = d['transaction_time'].dt.hour
    d['weekday'] = d['transaction_time'].dt.weekday
    d['month_day'] = d['transaction_time'].dt.day
    d['log_amt'] = np.log1p(d['amount'])
    d['amount'] = d['amount'].fillna(0)
    d = pd.get_dummies(d, columns=['merchant_category', 'country', 'device'], dtype=int)
    return d

df = prep(df)
test = prep(test)

drop_cols = ['transaction_id', 'card_id', 'merchant_id', 'transaction_time',
             'chargeback_flag', 'is_fraud']
features = [c for c in df.columns if c not in drop_cols]
test = test.reindex(columns=df.columns, fill_value=0)

X = df[features]
y = df['is_fraud']

# dataset is very imbalanced (3% fraud), use SMOTE to balance it
SPLIT_SEED = 1
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25,
                                                    random_state=SPLIT_SEED)
X_train, y_train = SMOTE(random_state=SPLIT_SEED).fit_resample(X_train, y_train)
print('after smote:', y_train.value_counts().to_dict())

# baseline to compare against
dummy = DummyClassifier(strategy='stratified', random_state=0)
dummy.fit(X_train, y_train)
print('dummy AUC:', roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=300, max_depth=12, min_samples_leaf=5,
                            n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)

pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print('RF AUC:', roc_auc_score(y_test, proba))
print('RF AP :', average_precision_score(y_test, proba))
print(classification_report(y_test, pred))

importances = pd.Series(rf.feature_importances_, index=features)
print(importances.sort_values(ascending=False).head(10))

# final model on everything (resampled again, full train only)
X_res, y_res = SMOTE(random_state=SPLIT_SEED).fit_resample(X, y)
rf.fit(X_res, y_res)
out = pd.DataFrame({'transaction_id': test['transaction_id'],
                    'prediction': rf.predict_proba(test[features])[:, 1]})
out.to_csv('predictions.csv', index=False)
print('done')
