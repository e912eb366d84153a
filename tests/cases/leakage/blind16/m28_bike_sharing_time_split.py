"""Bike sharing hourly demand - train on the past, test on the last months."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

FEATURES = ['season', 'yr', 'mnth', 'hr', 'holiday', 'weekday', 'workingday', 'weathersit',
            'temp', 'atemp', 'hum', 'windspeed', 'cnt_lag1', 'cnt_lag24', 'cnt_lag168', 'cnt_roll24']


def make_features(df):
    df = df.sort_values(['dteday', 'hr']).reset_index(drop=True)
    df['cnt_lag1'] = df['cnt'].shift(1)
    df['cnt_lag24'] = df['cnt'].shift(24)
    df['cnt_lag168'] = df['cnt'].shift(168)
    df['cnt_roll24'] = df['cnt'].shift(1).rolling(24).mean()
    return df.dropna().reset_index(drop=True)


df = pd.read_csv('hour.csv', parse_dates=['dteday'])
df = df.drop(columns=['instant', 'casual', 'registered'])
df = make_features(df)

cutoff = pd.Timestamp('2012-09-01')
train = df[df['dteday'] < cutoff]
test = df[df['dteday'] >= cutoff]
print('train', train['dteday'].min().date(), '->', train['dteday'].max().date(), len(train))
print('test ', test['dteday'].min().date(), '->', test['dteday'].max().date(), len(test))

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=42)
rf.fit(train[FEATURES], train['cnt'])
pred = rf.predict(test[FEATURES])

print('baseline: same hour last week MAE', round(mean_absolute_error(test['cnt'], test['cnt_lag168']), 2))
print('baseline: previous hour MAE      ', round(mean_absolute_error(test['cnt'], test['cnt_lag1']), 2))
print('random forest MAE                ', round(mean_absolute_error(test['cnt'], pred), 2))

last = test.iloc[:24 * 14]
plt.figure(figsize=(14, 4))
plt.plot(last['dteday'] + pd.to_timedelta(last['hr'], unit='h'), last['cnt'], label='actual')
plt.plot(last['dteday'] + pd.to_timedelta(last['hr'], unit='h'), pred[:24 * 14], label='rf')
plt.legend()
plt.show()
