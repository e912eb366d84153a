"""Telco churn - upsample churners inside the training split only.

The test split keeps the natural churn rate (~26%).
"""
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, precision_score

df = pd.read_csv('data/WA_Fn-UseC_-Telco-Customer-Churn.csv')
df['TotalCharges'] = pd.to_numeric(df['TotalCharges'], errors='coerce')
df = df.dropna(subset=['TotalCharges']).drop(columns=['customerID'])
df['Churn'] = df['Churn'].map({'Yes': 1, 'No': 0})
df['AvgMonthlySpend'] = df['TotalCharges'] / df['tenure'].clip(lower=1)

cat_cols = df.select_dtypes('object').columns.tolist()
data = pd.get_dummies(df, columns=cat_cols, drop_first=True).astype(float)

train, test = train_test_split(data, test_size=0.25, random_state=42, stratify=data['Churn'])

majority = train[train['Churn'] == 0]
minority = train[train['Churn'] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=42)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=42)
print('train after upsampling:', train_bal['Churn'].value_counts().to_dict())
print('test (untouched):', test['Churn'].value_counts().to_dict())

X_train, y_train = train_bal.drop(columns='Churn'), train_bal['Churn']
X_test, y_test = test.drop(columns='Churn'), test['Churn']

models = {
    'dummy': DummyClassifier(strategy='prior'),
    'logreg': make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    'rf': RandomForestClassifier(n_estimators=400, min_samples_leaf=3, random_state=42, n_jobs=-1),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    proba = m.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f'{name:7s} AUC {roc_auc_score(y_test, proba):.3f}  F1 {f1_score(y_test, pred):.3f}  '
          f'P {precision_score(y_test, pred, zero_division=0):.3f}  R {recall_score(y_test, pred):.3f}')
