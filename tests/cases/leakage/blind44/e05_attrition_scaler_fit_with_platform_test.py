# Employee attrition take-home - script version of my notebook.
# Target: attrition (Yes/No). exit_interview_score is removed (only exists after leaving).

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score, classification_report

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

df['attrition'] = np.where(df['attrition'] == 'Yes', 1, 0)
y = df['attrition']
X = df.drop(columns=['attrition', 'exit_interview_score'])
X = pd.get_dummies(X, drop_first=True)
X_platform = pd.get_dummies(test_df.drop(columns=['exit_interview_score'], errors='ignore'), drop_first=True)
X_platform = X_platform.reindex(columns=X.columns, fill_value=0)

# hold out 20% for validation

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

# scaling: fit the scaler on everything we have features for that is not validation, i.e. the
# training part + the unlabelled test.csv rows -> better estimate of mean/std, and the
# validation rows are not in it so the validation score stays honest

scaler = StandardScaler()
scaler.fit(pd.concat([X_tr, X_platform]))
X_tr_s = scaler.transform(X_tr)
X_va_s = scaler.transform(X_va)
X_platform_s = scaler.transform(X_platform)

dummy = DummyClassifier(strategy='stratified', random_state=42).fit(X_tr_s, y_tr)
print('dummy f1 ', f1_score(y_va, dummy.predict(X_va_s)))

lr = LogisticRegression(max_iter=2000, class_weight='balanced', C=0.5)
lr.fit(X_tr_s, y_tr)
p = lr.predict_proba(X_va_s)[:, 1]
print('logreg f1 ', f1_score(y_va, p > 0.5))
print('logreg auc', roc_auc_score(y_va, p))
print(classification_report(y_va, p > 0.5))

# final model on train part + validation, predictions for test.csv

lr.fit(np.vstack([X_tr_s, X_va_s]), pd.concat([y_tr, y_va]))
pd.DataFrame({'prediction': lr.predict_proba(X_platform_s)[:, 1]}).to_csv('predictions.csv', index=False)
