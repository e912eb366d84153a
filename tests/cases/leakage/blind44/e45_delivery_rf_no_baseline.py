# delivery delay - submission script (Marta K.)
# random forest, time based split (train on the past, test on the most recent weeks)

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, median_absolute_error

df = pd.read_csv('train.csv', parse_dates=['order_date'])
test_df = pd.read_csv('test.csv', parse_dates=['order_date'])
df = df.sort_values('order_date').reset_index(drop=True)

def add_features(d):
    d = d.copy()
    d['order_hour'] = d['order_date'].dt.hour
    d['order_dow'] = d['order_date'].dt.dayofweek
    d['is_dinner'] = np.where(d['order_hour'].between(18, 21), 1, 0)
    d['km_x_traffic'] = d['distance_km'] * d['traffic_level'].map({'low': 1, 'medium': 2, 'high': 3, 'jam': 4}).fillna(2)
    d['items_count'] = d['items_count'].clip(upper=30)
    d = pd.get_dummies(d, columns=['weather', 'traffic_level'], dtype=int)
    return d

df = add_features(df)
test_df = add_features(test_df)
test_df = test_df.reindex(columns=df.columns, fill_value=0)
NOT_FEATURES = ['order_id', 'order_date', 'restaurant_id', 'courier_id', 'delay_minutes',
                'actual_delivery_minutes', 'customer_complaint']

features = [c for c in df.columns if c not in NOT_FEATURES]
cut = pd.Timestamp('2024-05-15')
train, test = df[df['order_date'] < cut], df[df['order_date'] >= cut]
X_train, y_train = train[features].fillna(0), train['delay_minutes']
X_test, y_test = test[features].fillna(0), test['delay_minutes']

# model

rf = RandomForestRegressor(n_estimators=500, max_features=0.5, min_samples_leaf=3, random_state=0, n_jobs=-1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print('MAE   ', mean_absolute_error(y_test, pred))
print('RMSE  ', np.sqrt(mean_squared_error(y_test, pred)))
print('MedAE ', median_absolute_error(y_test, pred))

# error by hour of day, to see where the model struggles

err = pd.DataFrame({'hour': test['order_hour'], 'abs_err': np.abs(y_test - pred)})
print(err.groupby('hour')['abs_err'].mean().round(2))

# refit on everything and write predictions

rf.fit(df[features].fillna(0), df['delay_minutes'])
pd.DataFrame({'order_id': test_df['order_id'], 'prediction': rf.predict(test_df[features].fillna(0))}) \
    .to_csv('predictions.csv', index=False)
