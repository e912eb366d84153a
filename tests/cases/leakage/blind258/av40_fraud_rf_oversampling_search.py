import pandas as pd
import numpy as np
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

df = pd.read_csv('train.csv')
print(df.head())
print(df.is_fraud.value_counts())

# features
df['log_amount'] = np.log1p(df.amount)
df['ratio_to_avg'] = df.amount / (df.avg_amount_30d + 1)
df = pd.get_dummies(df, columns=['merchant_category', 'device_type'], dtype=int)
df['foreign'] = (df.country != df.home_country).astype(int)
X = df.drop(columns=['transaction_id', 'card_id', 'timestamp', 'country', 'home_country',
                     'chargeback_flag', 'is_fraud'])
y = df.is_fraud

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

# 3% positives -> oversample, but as a pipeline step so the CV validation folds
# (and the test set) only ever see real rows
pipe = Pipeline([('ros', RandomOverSampler(sampling_strategy=0.3, random_state=1)),
                 ('rf', RandomForestClassifier(n_jobs=-1, random_state=1))])

params = {'rf__max_depth': [8, 12, None], 'rf__min_samples_leaf': [1, 5, 20], 'rf__n_estimators': [200, 400]}
grid = GridSearchCV(pipe, params, scoring='roc_auc', cv=5, n_jobs=-1, verbose=2)
grid.fit(X_train, y_train)
print('best params', grid.best_params_)
print('cv roc auc', grid.best_score_)

probs = grid.predict_proba(X_test)[:, 1]
print('test roc auc', roc_auc_score(y_test, probs))
print('test pr auc', average_precision_score(y_test, probs))
print('test f1 @0.5', f1_score(y_test, probs > 0.5))

dummy = DummyClassifier(strategy='stratified', random_state=1).fit(X_train, y_train)
print('dummy roc auc', roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
print('dummy pr auc', average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))
