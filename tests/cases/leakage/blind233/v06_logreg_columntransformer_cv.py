# Fraud detection take-home - logistic regression
# author: junior DS applicant
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder, FunctionTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline, Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate, cross_val_predict
from sklearn.metrics import classification_report

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


def build_model(C):
    preprocess = ColumnTransformer([
        ('num', make_pipeline(FunctionTransformer(np.log1p, feature_names_out='one-to-one'),
                              SimpleImputer(strategy='median'), StandardScaler()), ['amount']),
        ('num2', make_pipeline(SimpleImputer(strategy='median'), StandardScaler()), numeric[1:]),
        ('cat', OneHotEncoder(handle_unknown='ignore'), categorical),
    ])
    return Pipeline([
        ('prep', preprocess),
        ('clf', LogisticRegression(C=C, class_weight='balanced', max_iter=2000)),
    ])


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
scoring = ['roc_auc', 'average_precision']

# try a few regularisation strengths, all inside the CV folds
results = {}
for C in [0.01, 0.1, 1.0]:
    scores = cross_validate(build_model(C), X, y, cv=cv, scoring=scoring)
    results[C] = (scores['test_roc_auc'].mean(), scores['test_average_precision'].mean())
    print(f'C={C}: auc={results[C][0]:.4f} ap={results[C][1]:.4f}')

best_C = max(results, key=lambda c: results[c][1])
print('best C', best_C)

baseline = DummyClassifier(strategy='prior')
base_scores = cross_validate(baseline, X, y, cv=cv, scoring=scoring)

print('---- 5-fold CV ----')
print('baseline AUC', round(base_scores['test_roc_auc'].mean(), 4))
print('baseline AP ', round(base_scores['test_average_precision'].mean(), 4))
print('logreg AUC  ', round(results[best_C][0], 4))
print('logreg AP   ', round(results[best_C][1], 4))

oof = cross_val_predict(build_model(best_C), X, y, cv=cv, method='predict_proba')[:, 1]
print(classification_report(y, (oof > 0.5).astype(int), digits=3))

# fit on everything for the submission and look at coefficients
model = build_model(best_C).fit(X, y)
feature_names = model.named_steps['prep'].get_feature_names_out()
coefs = pd.Series(model.named_steps['clf'].coef_[0], index=feature_names).sort_values()
print(coefs.head(10))
print(coefs.tail(10))

X_test = test.drop(columns=['transaction_id', 'card_id', 'chargeback_flag'], errors='ignore')
pd.DataFrame({'transaction_id': test['transaction_id'],
              'prediction': model.predict_proba(X_test)[:, 1]}).to_csv('predictions.csv', index=False)
print('done')
