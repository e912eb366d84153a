import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, classification_report, confusion_matrix

# load data
train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

print(train.shape)
print(train.head())
print(train['churned_next_month'].value_counts())

# only ~5% churn so the data is very imbalanced -> use SMOTE to balance it

features = ['tenure_months', 'monthly_spend', 'logins_30d', 'support_tickets_30d',
            'days_since_last_login', 'plan', 'region']

X = train[features]
y = train['churned_next_month']

# one hot encoding
X = pd.get_dummies(X, columns=['plan', 'region'])
X = X.fillna(0)

test_X = pd.get_dummies(test[features], columns=['plan', 'region'])
test_X = test_X.fillna(0)
# make sure test has the same columns
for col in X.columns:
    if col not in test_X.columns:
        test_X[col] = 0
test_X = test_X[X.columns]

# balance classes
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print('after smote:', pd.Series(y_res).value_counts())

# train test split
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.2,
                                                    random_state=42, stratify=y_res)

# random forest
rf = RandomForestClassifier(n_estimators=300, max_depth=12, random_state=42, n_jobs=-1)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)

print('Accuracy:', accuracy_score(y_test, y_pred))
print('F1:', f1_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred))

# feature importance
importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances)

# predict on the test file
test_pred = rf.predict_proba(test_X)[:, 1]
submission = pd.DataFrame({'snapshot_id': test['snapshot_id'], 'prediction': test_pred})
submission.to_csv('predictions.csv', index=False)
print('done')
