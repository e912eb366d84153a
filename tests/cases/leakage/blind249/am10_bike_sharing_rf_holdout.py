# Bike Sharing Demand (Kaggle) - random forest
# metric is RMSLE so I train on log1p(count).
# Validation = the last months of the data, the model never sees anything after the cut.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_log_error

df = pd.read_csv('train.csv', parse_dates=['datetime'])
test = pd.read_csv('test.csv', parse_dates=['datetime'])
df = df.sort_values('datetime').reset_index(drop=True)
print(df.shape, test.shape)
print(df.head())
print(df.isnull().sum().sum(), 'missing values')


def add_time_parts(d):
    d['hour'] = d['datetime'].dt.hour
    d['weekday'] = d['datetime'].dt.dayofweek
    d['month'] = d['datetime'].dt.month
    d['year'] = d['datetime'].dt.year
    return d


df = add_time_parts(df)
test = add_time_parts(test)

# ----- EDA -----
fig, axes = plt.subplots(2, 2, figsize=(14, 8))
df.groupby('hour')['count'].mean().plot(kind='bar', ax=axes[0, 0], title='avg rentals per hour')
sns.boxplot(x='season', y='count', data=df, ax=axes[0, 1])
sns.pointplot(x='hour', y='count', hue='workingday', data=df, ax=axes[1, 0])
df.set_index('datetime')['count'].resample('W').mean().plot(ax=axes[1, 1], title='weekly mean demand')
plt.tight_layout()
plt.show()

print(df[['temp', 'atemp', 'humidity', 'windspeed', 'count']].corr()['count'])

# casual + registered add up to count, so they can't be features
features = ['season', 'holiday', 'workingday', 'weather', 'temp', 'atemp', 'humidity',
            'windspeed', 'hour', 'weekday', 'month', 'year']

cutoff = pd.Timestamp('2012-07-01')
tr = df[df['datetime'] < cutoff]
va = df[df['datetime'] >= cutoff]
print('train until', tr['datetime'].max(), '| valid from', va['datetime'].min())

X_train, y_train = tr[features], np.log1p(tr['count'])
X_val, y_val = va[features], np.log1p(va['count'])

# baseline: mean (log) demand of the hour, learned on the training part
hour_mean = y_train.groupby(X_train['hour']).mean()
base_pred = X_val['hour'].map(hour_mean)
base_rmsle = np.sqrt(mean_squared_log_error(np.expm1(y_val), np.expm1(base_pred)))
print(f'hour-of-day baseline RMSLE: {base_rmsle:.4f}')

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_val)
rmsle = np.sqrt(mean_squared_log_error(np.expm1(y_val), np.expm1(pred)))
print(f'random forest RMSLE: {rmsle:.4f}')

imp = pd.Series(rf.feature_importances_, index=features).sort_values()
imp.plot(kind='barh', title='feature importance')
plt.show()

# submission: refit on everything we have
rf.fit(df[features], np.log1p(df['count']))
test['count'] = np.expm1(rf.predict(test[features])).round().astype(int)
test[['datetime', 'count']].to_csv('submission.csv', index=False)
