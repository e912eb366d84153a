# Loan default take-home.  Author: J. Okafor
# Approach: random forest with median imputation, 80/20 holdout, compare to a dummy.

import pandas as pd
import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, confusion_matrix
SEED = 123

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

print(df.shape)
print(df['defaulted'].mean())

# encode categoricals (one-hot, same columns for test)
cats = ['grade', 'home_ownership', 'purpose']
df = pd.get_dummies(df, columns=cats, dummy_na=True)
test_df = pd.get_dummies(test_df, columns=cats, dummy_na=True)
df['emp_length'] = pd.to_numeric(df['emp_length'].astype(str).str.replace('+', '', regex=False).str.split().str[0], errors='coerce')
test_df['emp_length'] = pd.to_numeric(test_df['emp_length'].astype(str).str.replace('+', '', regex=False).str.split().str[0], errors='coerce')

# drop the target and the two columns that are only known after a default happened

X = df.drop(columns=['defaulted', 'recovery_amount', 'collection_fee'])
y = df['defaulted']
print(X.columns.tolist())

# 80/20 holdout

train_X = X.sample(frac=0.8, random_state=SEED)
test_X = X.drop(train_X.index)
train_y, test_y = y.loc[train_X.index], y.loc[test_X.index]

dummy = DummyClassifier(strategy='most_frequent').fit(train_X, train_y)
print('dummy acc', accuracy_score(test_y, dummy.predict(test_X)))

pipe = Pipeline([('imp', SimpleImputer(strategy='median')),
                 ('rf', RandomForestClassifier(n_estimators=500, min_samples_leaf=3, random_state=SEED, n_jobs=-1))])
pipe.fit(train_X, train_y)
p = pipe.predict_proba(test_X)[:, 1]
print('rf acc', accuracy_score(test_y, p > 0.5))
print('rf auc', roc_auc_score(test_y, p))
print(confusion_matrix(test_y, p > 0.5))

imp = pd.Series(pipe.named_steps['rf'].feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

# fit on everything and write predictions

pipe.fit(X, y)
X_sub = test_df.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({'loan_id': test_df['loan_id'], 'prediction': pipe.predict_proba(X_sub)[:, 1]}).to_csv('predictions.csv', index=False)
