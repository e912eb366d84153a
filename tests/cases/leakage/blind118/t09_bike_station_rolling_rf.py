# Hourly bike pick-ups per station: random forest on calendar, weather and recent demand
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

trips = pd.read_csv('data/station_hourly_trips.csv', parse_dates=['hour'])
weather = pd.read_csv('data/weather_hourly.csv', parse_dates=['hour'])
weather = weather.sort_values('hour')
weather['temp'] = weather['temp'].ffill()

print(trips.shape, weather.shape)
print(trips.head())
print('stations:', trips['station_id'].nunique())

df = trips.merge(weather, on='hour', how='left')
df = df.sort_values(['station_id', 'hour']).reset_index(drop=True)

# calendar
df['hod'] = df['hour'].dt.hour
df['dow'] = df['hour'].dt.dayofweek
df['month'] = df['hour'].dt.month
df['weekend'] = (df['dow'] >= 5).astype(int)

# recent demand at the station
by_station = df.groupby('station_id')['pickups']
df['lag_1h'] = by_station.shift(1)
df['lag_24h'] = by_station.shift(24)
df['roll_24h'] = by_station.transform(lambda s: s.rolling(24, min_periods=1).mean())
df['roll_168h'] = by_station.transform(lambda s: s.rolling(168, min_periods=1).mean())

df['precip'] = df['precip'].fillna(0)
df = df.dropna(subset=['lag_1h', 'lag_24h'])

features = ['station_id', 'hod', 'dow', 'month', 'weekend', 'temp', 'precip', 'wind',
            'lag_1h', 'lag_24h', 'roll_24h', 'roll_168h']

print(df.groupby('hod')['pickups'].mean().round(2))

cut = pd.Timestamp('2023-09-01')
train = df[df['hour'] < cut]
test = df[df['hour'] >= cut]
print('train rows', len(train), 'test rows', len(test))

rf = RandomForestRegressor(n_estimators=200, max_depth=18, min_samples_leaf=5,
                           n_jobs=-1, random_state=0)
rf.fit(train[features], train['pickups'])
pred = rf.predict(test[features])

print('MAE ', mean_absolute_error(test['pickups'], pred))
print('RMSE', np.sqrt(mean_squared_error(test['pickups'], pred)))

per_station = (test.assign(err=np.abs(test['pickups'] - pred))
                   .groupby('station_id')['err'].mean()
                   .sort_values(ascending=False))
print('worst stations:')
print(per_station.head(10))

importances = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(importances)
