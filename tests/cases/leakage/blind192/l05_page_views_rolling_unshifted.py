# Daily page views forecasting for one Wikipedia article
# data exported from the pageviews API -> pageviews_python.csv (date, views)

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv('pageviews_python.csv')
df['date'] = pd.to_datetime(df['date'], format='%Y%m%d')
df = df.sort_values('date')
df = df.set_index('date')
print(df.head())
print(df.tail())
print(len(df), 'days')

# quick look
df['views'].plot(figsize=(15, 4), title='daily views')
plt.savefig('views.png')

# there are some crazy spikes (front page / news), log helps a lot
df['log_views'] = np.log1p(df['views'])

# calendar stuff
df['dayofweek'] = df.index.dayofweek
df['month'] = df.index.month
df['dayofyear'] = df.index.dayofyear
df['weekend'] = df['dayofweek'].isin([5, 6]).astype(int)

# lags
for lag in [1, 2, 3, 7, 14, 28]:
    df['lag_' + str(lag)] = df['log_views'].shift(lag)

# rolling stats (weekly / monthly level of the series)
df['roll_mean_7'] = df['log_views'].rolling(7).mean()
df['roll_mean_30'] = df['log_views'].rolling(30).mean()
df['roll_std_7'] = df['log_views'].rolling(7).std()
df['roll_max_7'] = df['log_views'].rolling(7).max()

df = df.dropna()

features = ['dayofweek', 'month', 'dayofyear', 'weekend',
            'lag_1', 'lag_2', 'lag_3', 'lag_7', 'lag_14', 'lag_28',
            'roll_mean_7', 'roll_mean_30', 'roll_std_7', 'roll_max_7']
target = 'log_views'

# hold out the last 60 days
train = df.iloc[:-60]
test = df.iloc[-60:]
print('train', train.index.min(), train.index.max())
print('test ', test.index.min(), test.index.max())

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3,
                                subsample=0.8, random_state=1)
gbr.fit(train[features], train[target])

pred = np.expm1(gbr.predict(test[features]))
actual = test['views']

# baseline: same weekday last week
naive = np.expm1(test['lag_7'])

print('baseline MAE :', mean_absolute_error(actual, naive))
print('baseline MAPE:', mean_absolute_percentage_error(actual, naive))
print('GBR MAE      :', mean_absolute_error(actual, pred))
print('GBR MAPE     :', mean_absolute_percentage_error(actual, pred))

imp = pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

plt.figure(figsize=(15, 4))
plt.plot(test.index, actual, label='actual')
plt.plot(test.index, pred, label='gbr')
plt.plot(test.index, naive, label='naive', alpha=0.5)
plt.legend()
plt.savefig('forecast.png')
