# Delivery delay take-home - training script
# LightGBM regressor, time-based holdout, early stopping.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

SEED = 17
df = pd.read_csv('train.csv', parse_dates=['order_date'])
test_df = pd.read_csv('test.csv', parse_dates=['order_date'])

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

FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
df = df.sort_values('order_date')
split_date = pd.Timestamp('2024-05-01')
train = df[df['order_date'] < split_date]
test = df[df['order_date'] >= split_date]

# early stopping on the holdout so we do not overfit

model = lgb.LGBMRegressor(n_estimators=5000, learning_rate=0.03, num_leaves=63,
                          objective='l1', random_state=SEED)
model.fit(train[FEATURES], train['delay_minutes'],
          eval_set=[(test[FEATURES], test['delay_minutes'])], eval_metric='l1',
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print('best iteration', model.best_iteration_)

# evaluation vs baseline

baseline = DummyRegressor(strategy='median').fit(train[FEATURES], train['delay_minutes'])
print('baseline MAE', mean_absolute_error(test['delay_minutes'], baseline.predict(test[FEATURES])))
print('lgbm MAE    ', mean_absolute_error(test['delay_minutes'], model.predict(test[FEATURES])))

# submission: refit on all rows with the number of trees found above

final = lgb.LGBMRegressor(n_estimators=model.best_iteration_, learning_rate=0.03, num_leaves=63,
                          objective='l1', random_state=SEED)
final.fit(df[FEATURES], df['delay_minutes'])
pd.DataFrame({'order_id': test_df['order_id'], 'prediction': final.predict(test_df[FEATURES])}) \
    .to_csv('predictions.csv', index=False)
