# Bike Sharing (UCI, hourly) - predict the rental count with lag features + random forest
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv('hour.csv')
df['dteday'] = pd.to_datetime(df['dteday'])
df = df.sort_values(['dteday', 'hr']).reset_index(drop=True)
print(df[['dteday', 'hr', 'cnt']].head(30))

# casual + registered = cnt, can't use them
df = df.drop(columns=['instant', 'casual', 'registered'])

df.groupby('hr')['cnt'].mean().plot(kind='bar', figsize=(10, 3), title='mean rentals by hour')
plt.show()
df.set_index('dteday')['cnt'].resample('W').sum().plot(figsize=(12, 3), title='weekly rentals')
plt.show()

# lag features: the count one hour / one day / one week before
df['cnt_lag1'] = df['cnt'].shift(1)
df['cnt_lag24'] = df['cnt'].shift(24)
df['cnt_lag168'] = df['cnt'].shift(168)
df['cnt_roll24'] = df['cnt'].shift(1).rolling(24).mean()
df['month'] = df['dteday'].dt.month
df['dayofyear'] = df['dteday'].dt.dayofyear
df = df.dropna().reset_index(drop=True)

features = ['season', 'yr', 'mnth', 'hr', 'holiday', 'weekday', 'workingday', 'weathersit',
            'temp', 'atemp', 'hum', 'windspeed', 'cnt_lag1', 'cnt_lag24', 'cnt_lag168', 'cnt_roll24']
X = df[features]
y = df['cnt']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

naive = X_test['cnt_lag1']
print('naive baseline (last hour) MAE:', round(mean_absolute_error(y_test, naive), 2))
print('random forest MAE             :', round(mean_absolute_error(y_test, pred), 2))
print('random forest RMSE            :', round(np.sqrt(mean_squared_error(y_test, pred)), 2))

imp = pd.Series(rf.feature_importances_, index=features).sort_values()
imp.plot(kind='barh', figsize=(6, 6))
plt.tight_layout()
plt.show()
