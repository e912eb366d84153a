# Appliances energy use (UCI): gradient boosting on house sensors, 10-minute resolution
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

energy = pd.read_csv('data/energydata_complete.csv', parse_dates=['date'])
energy = energy.sort_values('date').reset_index(drop=True)
print(energy.shape)
print(energy[['Appliances', 'lights', 'T1', 'RH_1', 'T_out', 'Windspeed']].describe())

energy['hour'] = energy['date'].dt.hour
energy['dow'] = energy['date'].dt.dayofweek
energy['Appliances_lag1'] = energy['Appliances'].shift(1)
energy['Appliances_lag6'] = energy['Appliances'].shift(6)
energy['Appliances_prev_hour_mean'] = energy['Appliances'].shift(1).rolling(6).mean()
energy = energy.dropna().reset_index(drop=True)

corr = energy.drop(columns='date').corr()['Appliances'].sort_values(ascending=False)
print(corr.head(12))

features = energy.columns.drop(['date', 'rv1', 'rv2']).tolist()
print(len(features), 'features')

split = int(len(energy) * 0.75)
train, test = energy.iloc[:split], energy.iloc[split:]
print('train until', train['date'].iloc[-1], '| test from', test['date'].iloc[0])

X_train, y_train = train[features], train['Appliances']
X_test, y_test = test[features], test['Appliances']

mean_model = DummyRegressor(strategy='mean').fit(X_train, y_train)
gbm = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
gbm.fit(X_train, y_train)

for name, m in [('mean', mean_model), ('hist gbm', gbm)]:
    p = m.predict(X_test)
    print(f'{name:9s} MAE={mean_absolute_error(y_test, p):7.2f} '
          f'RMSE={np.sqrt(mean_squared_error(y_test, p)):7.2f} R2={r2_score(y_test, p):.3f}')

pred = gbm.predict(X_test)
plt.figure(figsize=(14, 4))
plt.plot(test['date'].iloc[:1000], y_test.iloc[:1000], label='actual')
plt.plot(test['date'].iloc[:1000], pred[:1000], label='predicted')
plt.legend()
plt.savefig('appliances_test.png')
