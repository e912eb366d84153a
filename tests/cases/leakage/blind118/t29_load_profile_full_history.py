"""Hourly electricity load (AEP) - gradient boosting with a weekly load profile feature."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv('data/AEP_hourly.csv', parse_dates=['Datetime'])
df = df.drop_duplicates('Datetime').sort_values('Datetime').reset_index(drop=True)
df = df.rename(columns={'Datetime': 'ts', 'AEP_MW': 'load'})
print(df['ts'].min(), df['ts'].max(), len(df))

df['hour'] = df['ts'].dt.hour
df['dow'] = df['ts'].dt.dayofweek
df['month'] = df['ts'].dt.month
df['year'] = df['ts'].dt.year

# typical load for each hour of the week
profile = df.groupby(['dow', 'hour'])['load'].mean().rename('profile_load')
df = df.join(profile, on=['dow', 'hour'])
month_level = df.groupby('month')['load'].mean().rename('month_level')
df = df.join(month_level, on='month')

df['lag_24'] = df['load'].shift(24)
df['lag_168'] = df['load'].shift(168)
df['mean_prev_24'] = df['load'].shift(24).rolling(24).mean()
df = df.dropna().reset_index(drop=True)

print(df.groupby('year')['load'].mean().round(0))

features = ['hour', 'dow', 'month', 'profile_load', 'month_level', 'lag_24', 'lag_168', 'mean_prev_24']
train = df[df['ts'] < '2017-01-01']
test = df[df['ts'] >= '2017-01-01']
print('train', train.shape, 'test', test.shape)

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=5, learning_rate=0.05,
                                subsample=0.7, random_state=0)
gbr.fit(train[features], train['load'])
pred = gbr.predict(test[features])

print('same hour last week  MAE %.1f  MAPE %.3f' % (mean_absolute_error(test['load'], test['lag_168']),
                                                     mean_absolute_percentage_error(test['load'], test['lag_168'])))
print('gradient boosting    MAE %.1f  MAPE %.3f' % (mean_absolute_error(test['load'], pred),
                                                     mean_absolute_percentage_error(test['load'], pred)))

imp = pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3))
