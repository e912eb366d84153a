# Store Item Demand Forecasting - total daily sales with lag features and XGBoost-style GBM
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score
from sklearn.metrics import mean_absolute_error

raw = pd.read_csv('train.csv', parse_dates=['date'])
print(raw.head())
print(raw['date'].min(), raw['date'].max())

daily = raw.groupby('date', as_index=False)['sales'].sum().sort_values('date').reset_index(drop=True)
daily.plot(x='date', y='sales', figsize=(14, 4))
plt.show()

daily['dow'] = daily['date'].dt.dayofweek
daily['month'] = daily['date'].dt.month
daily['year'] = daily['date'].dt.year
daily['dayofyear'] = daily['date'].dt.dayofyear
for lag in [1, 2, 3, 7, 14, 28, 364]:
    daily[f'lag_{lag}'] = daily['sales'].shift(lag)
daily['roll_mean_7'] = daily['sales'].shift(1).rolling(7).mean()
daily['roll_mean_28'] = daily['sales'].shift(1).rolling(28).mean()
daily = daily.dropna().reset_index(drop=True)

features = [c for c in daily.columns if c not in ('date', 'sales')]
X = daily[features]
y = daily['sales']

kf = KFold(n_splits=5, shuffle=True, random_state=0)
gbm = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=4, subsample=0.8, random_state=0)
mae = -cross_val_score(gbm, X, y, cv=kf, scoring='neg_mean_absolute_error')
print('GBM CV MAE per fold:', mae.round(1))
print('GBM CV MAE: %.1f' % mae.mean())

# seasonal naive: same weekday last week
naive_mae = mean_absolute_error(y, daily['lag_7'])
print('seasonal naive baseline MAE: %.1f' % naive_mae)

gbm.fit(X, y)
pd.Series(gbm.feature_importances_, index=features).sort_values().plot(kind='barh', figsize=(6, 6))
plt.tight_layout()
plt.show()
