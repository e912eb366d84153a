# loan default - solution script
# usage: python main.py
# notes: bootcamp-style, sorry for the prints

import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

# leaks (only known after default)
df.drop(columns=['recovery_amount', 'collection_fee'], inplace=True)

def clean(d):
    d = d.copy()
    d['emp_length'] = d['emp_length'].astype(str).str.extract(r'(\d+)')[0].astype(float)
    d['income_to_loan'] = d['annual_income'] / d['loan_amount']
    d = pd.get_dummies(d, columns=['grade', 'home_ownership', 'purpose'])
    d = d.fillna(-1)
    return d

df = clean(df)
test_df = clean(test_df)
X = df.drop(columns=['loan_id', 'defaulted'])
y = df['defaulted']
test_df = test_df.reindex(columns=df.columns, fill_value=0)
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

# feature selection inside the pipeline, k picked by 5-fold CV on the training part
# (the selector is refitted in every fold)

model = Pipeline([('select', SelectKBest(f_classif)), ('scale', StandardScaler()),
                  ('lr', LogisticRegression(max_iter=2000))])
grid = GridSearchCV(model, {'select__k': [8, 12, 20, 'all']}, cv=5, scoring='roc_auc')
grid.fit(X_train, y_train)
print('best k', grid.best_params_, 'cv auc %.3f' % grid.best_score_)
model = grid.best_estimator_

# model vs baseline on the test part

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('dummy   acc %.3f' % accuracy_score(y_test, dummy.predict(X_test)))

proba = model.predict_proba(X_test)[:, 1]
print('logreg  acc %.3f  auc %.3f  f1 %.3f' % (accuracy_score(y_test, proba > 0.5),
                                               roc_auc_score(y_test, proba), f1_score(y_test, proba > 0.5)))

# submission

model.fit(X, y)
pd.DataFrame({'loan_id': test_df['loan_id'], 'prediction': model.predict_proba(test_df[X.columns])[:, 1]}) \
    .to_csv('predictions.csv', index=False)
