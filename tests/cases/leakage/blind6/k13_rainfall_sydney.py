# Rain in Australia - will it rain tomorrow in Sydney?
# data: weatherAUS.csv (Bureau of Meteorology daily observations)

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report, confusion_matrix

df = pd.read_csv('weatherAUS.csv')
print(df.shape)
print(df['Location'].nunique(), 'locations')

df = df[df['Location'] == 'Sydney'].copy()
df['Date'] = pd.to_datetime(df['Date'])
df = df.sort_values('Date').reset_index(drop=True)
print(df['Date'].min(), '->', df['Date'].max(), len(df), 'days')

print(df.isnull().mean().sort_values(ascending=False).head(10).round(3))

# Evaporation / Sunshine / Cloud have multi-day gaps at this station:
# carry the next available reading back over each gap
gap_cols = ['Evaporation', 'Sunshine', 'Cloud9am', 'Cloud3pm']
df[gap_cols] = df[gap_cols].bfill()

df['RainToday'] = df['RainToday'].map({'Yes': 1, 'No': 0})
df['RainTomorrow'] = df['RainTomorrow'].map({'Yes': 1, 'No': 0})
df = df.dropna(subset=['RainToday', 'RainTomorrow'])
print(df['RainTomorrow'].value_counts(normalize=True))

# ---------------- EDA
df.set_index('Date')['Rainfall'].resample('M').sum().plot(figsize=(14, 4), title='monthly rainfall (mm)')
plt.show()
sns.boxplot(x='RainTomorrow', y='Humidity3pm', data=df); plt.show()
sns.boxplot(x='RainTomorrow', y='Pressure3pm', data=df); plt.show()

# ---------------- features
df['month'] = df['Date'].dt.month
df['temp_range'] = df['MaxTemp'] - df['MinTemp']
df['pressure_change'] = df['Pressure3pm'] - df['Pressure9am']
df['humidity_change'] = df['Humidity3pm'] - df['Humidity9am']
df['cloud_change'] = df['Cloud3pm'] - df['Cloud9am']
df['log_rain'] = np.log1p(df['Rainfall'])

wind = pd.get_dummies(df[['WindGustDir', 'WindDir3pm']], dtype=int)
num_features = ['MinTemp', 'MaxTemp', 'log_rain', 'Evaporation', 'Sunshine', 'WindGustSpeed',
                'WindSpeed9am', 'WindSpeed3pm', 'Humidity9am', 'Humidity3pm', 'Pressure9am',
                'Pressure3pm', 'Cloud9am', 'Cloud3pm', 'Temp9am', 'Temp3pm', 'RainToday',
                'month', 'temp_range', 'pressure_change', 'humidity_change', 'cloud_change']
X = pd.concat([df[num_features], wind], axis=1)
y = df['RainTomorrow']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

pipe = Pipeline([
    ('impute', SimpleImputer(strategy='median')),
    ('scale', StandardScaler()),
    ('clf', LogisticRegression(max_iter=2000, class_weight='balanced')),
])
grid = GridSearchCV(pipe, {'clf__C': [0.01, 0.1, 1, 10]}, cv=5, scoring='roc_auc')
grid.fit(X_train, y_train)
print('best C:', grid.best_params_, 'cv auc:', round(grid.best_score_, 4))

proba = grid.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print('LogReg  acc:', round(accuracy_score(y_test, pred), 4), 'auc:', round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred))
print(confusion_matrix(y_test, pred))


coef = pd.Series(grid.best_estimator_.named_steps['clf'].coef_[0], index=X.columns)
print(coef.sort_values().tail(10))
