# Fraud detection take-home - logistic regression
# author: junior DS applicant
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

print(train.head())
print(train.isna().sum())
print('fraud rate', train['is_fraud'].mean())

target = 'is_fraud'
drop_cols = ['transaction_id', 'card_id', 'chargeback_flag', target]
numeric = ['amount', 'hour', 'card_age_days', 'tx_count_24h']
categorical = ['merchant_category', 'country', 'device_type']

X = train.drop(columns=drop_cols)
y = train[target]

# some amounts are huge, log them
X['amount'] = np.log1p(X['amount'])

preprocess = ColumnTransformer([
    ('num', make_pipeline(SimpleImputer(strategy='median'), StandardScaler()), numeric),
    ('cat', OneHotEncoder(handle_unknown='ignore'), categorical),
])

X_prepared = preprocess.fit_transform(X)
print('prepared shape:', X_prepared.shape)

X_train, X_val, y_train, y_val = train_test_split(X_prepared, y, test_size=0.3, random_state=42, stratify=y)

# C=0.1 worked best when I played with it earlier
best_C = 0.1
model = LogisticRegression(C=best_C, class_weight='balanced', max_iter=2000)
model.fit(X_train, y_train)
val_proba = model.predict_proba(X_val)[:, 1]

baseline = DummyClassifier(strategy='stratified', random_state=42)
baseline.fit(X_train, y_train)
base_proba = baseline.predict_proba(X_val)[:, 1]

print('---- validation ----')
print('baseline AUC', round(roc_auc_score(y_val, base_proba), 4))
print('baseline AP ', round(average_precision_score(y_val, base_proba), 4))
print('logreg AUC  ', round(roc_auc_score(y_val, val_proba), 4))
print('logreg AP   ', round(average_precision_score(y_val, val_proba), 4))

val_pred = (val_proba > 0.5).astype(int)
print(classification_report(y_val, val_pred, digits=3))

# which features matter
feature_names = numeric + list(preprocess.named_transformers_['cat'].get_feature_names_out(categorical))
coefs = pd.Series(model.coef_[0], index=feature_names).sort_values()
print(coefs.head(10))
print(coefs.tail(10))

# predictions for test.csv
X_test = test.drop(columns=['transaction_id', 'card_id', 'chargeback_flag'], errors='ignore')
X_test['amount'] = np.log1p(X_test['amount'])
X_test_prepared = preprocess.transform(X_test)
final = LogisticRegression(C=best_C, class_weight='balanced', max_iter=2000).fit(X_prepared, y)
pd.DataFrame({'transaction_id': test['transaction_id'],
              'prediction': final.predict_proba(X_test_prepared)[:, 1]}).to_csv('predictions.csv', index=False)
print('done')
