# Restaurant Revenue Prediction (TFI) - annual revenue of a new restaurant site
# 137 training restaurants, 37 obfuscated P-variables

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv('../input/restaurant-revenue-prediction/train.csv')
print(df.shape)
print(df.head())
print(df.dtypes.value_counts())
print(df['City Group'].value_counts())
print(df['Type'].value_counts())
print(df['City'].value_counts().head(10))

sns.histplot(df['revenue'], bins=30, kde=True)
plt.title('revenue')
plt.show()
print('skew:', df['revenue'].skew())

print(df.groupby('City Group')['revenue'].mean())
print(df.groupby('Type')['revenue'].mean())

p_cols = [f'P{i}' for i in range(1, 38)]
plt.figure(figsize=(14, 12))
sns.heatmap(df[p_cols + ['revenue']].corr(), cmap='coolwarm', center=0)
plt.show()

# extreme revenues (> 16M) are a couple of flagship sites
print(df.loc[df['revenue'] > 1.6e7, ['City', 'Type', 'revenue']])

# ---------------- opening date -> age of the restaurant
df['Open Date'] = pd.to_datetime(df['Open Date'], format='%m/%d/%Y')
df['days_open'] = (pd.Timestamp('2015-01-01') - df['Open Date']).dt.days
df['open_year'] = df['Open Date'].dt.year
df['open_month'] = df['Open Date'].dt.month
df['log_days_open'] = np.log1p(df['days_open'])

# P-variables: zeros are a known "not recorded" marker in this competition
df['n_zero_p'] = (df[p_cols] == 0).sum(axis=1)
df['p_sum'] = df[p_cols].sum(axis=1)

df = pd.get_dummies(df, columns=['City Group', 'Type'], dtype=int)
df = df.drop(columns=['City', 'Open Date'])

num = df.select_dtypes(include=[np.number])
X = num.drop(columns=['Id'])
y = df['revenue']
print(X.shape)

kf = KFold(n_splits=5, shuffle=True, random_state=17)
models = {
    'RidgeCV': make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 30))),
    'RandomForest': RandomForestRegressor(n_estimators=500, max_features=0.3, min_samples_leaf=2,
                                          random_state=17),
    'GBR': GradientBoostingRegressor(n_estimators=300, learning_rate=0.03, max_depth=2,
                                     subsample=0.8, random_state=17),
}
for name, model in models.items():
    rmse = np.sqrt(-cross_val_score(model, X, y, cv=kf, scoring='neg_mean_squared_error'))
    r2 = cross_val_score(model, X, y, cv=kf, scoring='r2')
    print(f'{name:13s} RMSE {rmse.mean():,.0f} (+/- {rmse.std():,.0f})   R2 {r2.mean():.3f}')

rf = models['RandomForest'].fit(X, y)
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
