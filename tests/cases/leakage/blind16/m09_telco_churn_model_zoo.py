# Telco Customer Churn - compare a bunch of classifiers and keep the best one
import warnings
warnings.filterwarnings('ignore')

import joblib
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier, AdaBoostClassifier
from sklearn.svm import SVC
from sklearn.naive_bayes import GaussianNB
from sklearn.metrics import accuracy_score, f1_score

df = pd.read_csv('WA_Fn-UseC_-Telco-Customer-Churn.csv')
print(df.shape)

# TotalCharges is read as string because of blank values
df['TotalCharges'] = pd.to_numeric(df['TotalCharges'], errors='coerce')
print(df['TotalCharges'].isna().sum(), 'rows with blank TotalCharges')
df = df.dropna(subset=['TotalCharges'])

df = df.drop('customerID', axis=1)
df['Churn'] = df['Churn'].map({'Yes': 1, 'No': 0})
df['SeniorCitizen'] = df['SeniorCitizen'].astype(int)

print(df['Churn'].value_counts())
df['Contract'].value_counts().plot(kind='bar')
plt.show()

cat_cols = [c for c in df.columns if df[c].dtype == 'object']
df = pd.get_dummies(df, columns=cat_cols, drop_first=True)

X = df.drop('Churn', axis=1)
y = df['Churn']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=101, stratify=y)

scaler = StandardScaler()
num = ['tenure', 'MonthlyCharges', 'TotalCharges']
X_train[num] = scaler.fit_transform(X_train[num])
X_test[num] = scaler.transform(X_test[num])

models = {
    'Logistic Regression': LogisticRegression(max_iter=1000),
    'KNN': KNeighborsClassifier(n_neighbors=11),
    'Decision Tree': DecisionTreeClassifier(max_depth=6),
    'Random Forest': RandomForestClassifier(n_estimators=300, random_state=101),
    'Gradient Boosting': GradientBoostingClassifier(random_state=101),
    'AdaBoost': AdaBoostClassifier(random_state=101),
    'SVM': SVC(probability=True),
    'Naive Bayes': GaussianNB(),
}

results = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    acc = accuracy_score(y_test, pred)
    f1 = f1_score(y_test, pred)
    results[name] = acc
    print(f'{name:20s} acc={acc:.4f}  f1={f1:.4f}')

res = pd.Series(results).sort_values()
res.plot(kind='barh', xlim=(0.6, 0.85), figsize=(8, 5))
plt.title('Test accuracy by model')
plt.tight_layout()
plt.show()

best_name = max(results, key=results.get)
best_model = models[best_name]
print(f'\nBest model: {best_name} with accuracy {results[best_name]:.4f}')

joblib.dump(best_model, 'churn_model.pkl')
joblib.dump(scaler, 'scaler.pkl')
