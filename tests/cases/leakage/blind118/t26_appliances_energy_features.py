# Appliances energy (UCI) - HistGradientBoosting with lagged consumption and house sensors
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = 'Appliances'


def prepare(path):
    data = pd.read_csv(path, parse_dates=['date']).sort_values('date').reset_index(drop=True)
    data['hour'] = data['date'].dt.hour
    data['dow'] = data['date'].dt.dayofweek
    past = data[TARGET].shift(1)
    data['lag_10min'] = past
    data['lag_1h'] = data[TARGET].shift(6)
    data['lag_1d'] = data[TARGET].shift(144)
    data['mean_prev_1h'] = past.rolling(6).mean()
    data['mean_prev_1d'] = past.rolling(144).mean()
    return data.dropna().reset_index(drop=True)


energy = prepare('data/energydata_complete.csv')
print(energy.shape)

sensor_cols = [c for c in energy.columns if c.startswith(('T', 'RH_'))] + ['lights', 'Press_mm_hg', 'Windspeed', 'Visibility', 'Tdewpoint']
sensor_cols = [c for c in dict.fromkeys(sensor_cols) if c in energy.columns]
history_cols = ['lag_10min', 'lag_1h', 'lag_1d', 'mean_prev_1h', 'mean_prev_1d']
inputs = sensor_cols + history_cols + ['hour', 'dow']
assert TARGET not in inputs
print(inputs)

n_train = int(len(energy) * 0.75)
train, test = energy.iloc[:n_train], energy.iloc[n_train:]
print('train until', train['date'].iloc[-1], '| test from', test['date'].iloc[0])

baseline = DummyRegressor(strategy='mean').fit(train[inputs], train[TARGET])
gbm = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
gbm.fit(train[inputs], train[TARGET])

results = {}
for name, est in [('train mean', baseline), ('hist gbm', gbm)]:
    p = est.predict(test[inputs])
    results[name] = {
        'MAE': mean_absolute_error(test[TARGET], p),
        'RMSE': np.sqrt(mean_squared_error(test[TARGET], p)),
        'R2': r2_score(test[TARGET], p),
    }
results['last value'] = {
    'MAE': mean_absolute_error(test[TARGET], test['lag_10min']),
    'RMSE': np.sqrt(mean_squared_error(test[TARGET], test['lag_10min'])),
    'R2': r2_score(test[TARGET], test['lag_10min']),
}
print(pd.DataFrame(results).T.round(3))

plt.figure(figsize=(14, 4))
plt.plot(test['date'].iloc[:1000], test[TARGET].iloc[:1000], label='actual')
plt.plot(test['date'].iloc[:1000], gbm.predict(test[inputs])[:1000], label='gbm')
plt.legend()
plt.savefig('appliances_test.png')
