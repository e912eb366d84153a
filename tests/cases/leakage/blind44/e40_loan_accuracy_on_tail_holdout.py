# Loan default -- final script
# Model: gradient boosting, simple cleaning. Accuracy is the metric I report (22% default
# rate, so the classes are not too skewed).

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

def prep(data):
    data = data.drop(columns=['recovery_amount', 'collection_fee'], errors='ignore')
    data['emp_length'] = data['emp_length'].astype(str).str.extract(r'(\d+)')[0].astype(float)
    data['high_dti'] = np.where(data['dti'] > 35, 1, 0)
    data = pd.get_dummies(data, columns=['grade', 'home_ownership', 'purpose'])
    data = data.fillna(-1)
    return data

df = prep(df)
test_df = prep(test_df)
features = [c for c in df.columns if c not in ('loan_id', 'defaulted')]
test_df = test_df.reindex(columns=df.columns, fill_value=0)

# last 2000 rows as a holdout (the file is not ordered by anything, I checked)

train = df.iloc[:-2000]
hold = df.iloc[-2000:]
X, y = train[features], train['defaulted']
gb = GradientBoostingClassifier(n_estimators=400, max_depth=4, random_state=1)
gb.fit(X, y)

# how good is it?

pred = gb.predict(hold[features])
print('baseline (always predict 0):', accuracy_score(hold['defaulted'], np.zeros(len(hold))))
print('model accuracy:', accuracy_score(hold['defaulted'], pred))
print(confusion_matrix(hold['defaulted'], pred))

gb.fit(df[features], df['defaulted'])

# predictions

out = pd.DataFrame({'loan_id': test_df['loan_id'], 'prediction': gb.predict_proba(test_df[features])[:, 1]})
out.to_csv('predictions.csv', index=False)
