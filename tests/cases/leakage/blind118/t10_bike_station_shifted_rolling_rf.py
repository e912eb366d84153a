# Station-level hourly pick-up forecast (random forest) and a same-hour-last-week reference
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error


def load():
    trips = pd.read_csv('data/station_hourly_trips.csv', parse_dates=['hour'])
    weather = pd.read_csv('data/weather_hourly.csv', parse_dates=['hour']).sort_values('hour')
    weather['temp'] = weather['temp'].ffill()
    data = trips.merge(weather, on='hour', how='left')
    return data.sort_values(['station_id', 'hour']).reset_index(drop=True)


def add_features(data):
    data = data.copy()
    data['hod'] = data['hour'].dt.hour
    data['dow'] = data['hour'].dt.dayofweek
    data['month'] = data['hour'].dt.month
    data['weekend'] = (data['dow'] >= 5).astype(int)
    g = data.groupby('station_id')['pickups']
    data['lag_1h'] = g.shift(1)
    data['lag_24h'] = g.shift(24)
    data['lag_168h'] = g.shift(168)
    data['mean_prev_24h'] = g.transform(lambda s: s.shift(1).rolling(24, min_periods=1).mean())
    data['mean_prev_168h'] = g.transform(lambda s: s.shift(1).rolling(168, min_periods=1).mean())
    data['precip'] = data['precip'].fillna(0)
    return data.dropna(subset=['lag_168h', 'temp'])


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


df = add_features(load())
print(df.describe().T[['mean', 'std', 'min', 'max']])

FEATURES = ['station_id', 'hod', 'dow', 'month', 'weekend', 'temp', 'precip', 'wind',
            'lag_1h', 'lag_24h', 'lag_168h', 'mean_prev_24h', 'mean_prev_168h']

split_at = pd.Timestamp('2023-09-01')
train = df.loc[df['hour'] < split_at]
test = df.loc[df['hour'] >= split_at]
print(f'{len(train):,} train rows up to {train["hour"].max()}, {len(test):,} test rows')

forest = RandomForestRegressor(n_estimators=200, max_depth=18, min_samples_leaf=5,
                               n_jobs=-1, random_state=0)
forest.fit(train[FEATURES], train['pickups'])
pred = forest.predict(test[FEATURES])

last_week = test['lag_168h']
print(f"same hour last week: MAE {mean_absolute_error(test['pickups'], last_week):.3f}  RMSE {rmse(test['pickups'], last_week):.3f}")
print(f"random forest      : MAE {mean_absolute_error(test['pickups'], pred):.3f}  RMSE {rmse(test['pickups'], pred):.3f}")

by_hour = pd.DataFrame({'hod': test['hod'], 'abs_err': np.abs(test['pickups'] - pred)})
print(by_hour.groupby('hod')['abs_err'].mean().round(3))
