"""UCI Air Quality: estimate NO2(GT) from metal-oxide sensors and weather.

Chronological 80/20 split. Sensor gaps are forward-filled so that every hour
only uses readings available up to that hour.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

SENSOR_COLS = ['PT08.S1(CO)', 'PT08.S2(NMHC)', 'PT08.S3(NOx)', 'PT08.S4(NO2)', 'PT08.S5(O3)',
               'T', 'RH', 'AH']
TARGET = 'NO2(GT)'


def load(path='data/AirQualityUCI.csv'):
    df = pd.read_csv(path, sep=';', decimal=',')
    df = df.dropna(axis=1, how='all').dropna(axis=0, how='all')
    df['timestamp'] = pd.to_datetime(df['Date'] + ' ' + df['Time'], format='%d/%m/%Y %H.%M.%S')
    df = df.drop(columns=['Date', 'Time']).set_index('timestamp').sort_index()
    return df.replace(-200, np.nan).drop(columns=['NMHC(GT)'])


df = load()
df = df.dropna(subset=[TARGET])
df[SENSOR_COLS] = df[SENSOR_COLS].ffill()
df = df.dropna(subset=SENSOR_COLS)

df['hour'] = df.index.hour
df['dow'] = df.index.dayofweek
features = SENSOR_COLS + ['hour', 'dow']

split = int(len(df) * 0.8)
train, test = df.iloc[:split], df.iloc[split:]
print('train until', train.index.max(), '| test from', test.index.min())
X_train, y_train = train[features], train[TARGET]
X_test, y_test = test[features], test[TARGET]

dummy = DummyRegressor(strategy='mean').fit(X_train, y_train)
ridge = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X_train, y_train)
hgb = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0).fit(X_train, y_train)

for name, m in [('dummy (train mean)', dummy), ('ridge', ridge), ('hist GB', hgb)]:
    p = m.predict(X_test)
    print(f'{name:20s} MAE {mean_absolute_error(y_test, p):6.2f}  '
          f'RMSE {mean_squared_error(y_test, p, squared=False):6.2f}')

out = pd.DataFrame({'observed': y_test, 'predicted': hgb.predict(X_test)})
out.to_csv('no2_test_predictions.csv')
