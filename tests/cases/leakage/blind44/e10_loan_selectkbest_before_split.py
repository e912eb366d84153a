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

# feature selection: keep the 12 best features by ANOVA F score

selector = SelectKBest(f_classif, k=12)
X_sel = selector.fit_transform(X, y)
print('kept:', list(X.columns[selector.get_support()]))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.25, random_state=0, stratify=y)

# model

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('dummy   acc %.3f' % accuracy_score(y_test, dummy.predict(X_test)))

model = Pipeline([('scale', StandardScaler()), ('lr', LogisticRegression(max_iter=2000))])
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print('logreg  acc %.3f  auc %.3f  f1 %.3f' % (accuracy_score(y_test, proba > 0.5),
                                               roc_auc_score(y_test, proba), f1_score(y_test, proba > 0.5)))

# submission

model.fit(X_sel, y)
X_sub = selector.transform(test_df[X.columns])
pd.DataFrame({'loan_id': test_df['loan_id'], 'prediction': model.predict_proba(X_sub)[:, 1]}) \
    .to_csv('predictions.csv', index=False)
