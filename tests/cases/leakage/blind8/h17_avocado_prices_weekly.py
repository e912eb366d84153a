# Avocado prices - weekly average price of conventional avocados in the whole US
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv('avocado.csv')
df['Date'] = pd.to_datetime(df['Date'])
print(df.shape)
print(df['region'].nunique(), 'regions', df['type'].unique())

us = df[(df['region'] == 'TotalUS') & (df['type'] == 'conventional')].copy()
us = us.sort_values('Date').reset_index(drop=True)
us = us[['Date', 'AveragePrice', 'Total Volume', '4046', '4225', '4770', 'Total Bags']]
print(us.head())
print(us['AveragePrice'].describe())

# calendar
us['week'] = us['Date'].dt.isocalendar().week.astype(int)
us['month'] = us['Date'].dt.month
us['year'] = us['Date'].dt.year

# price history
us['price_lag1'] = us['AveragePrice'].shift(1)
us['price_lag2'] = us['AveragePrice'].shift(2)
us['price_lag4'] = us['AveragePrice'].shift(4)
us['price_roll4'] = us['AveragePrice'].shift(1).rolling(4).mean()

# volume dynamics: growth of volume into the following week
us['log_volume'] = np.log(us['Total Volume'])
us['volume_growth'] = us['Total Volume'].shift(-1) / us['Total Volume'] - 1
us['bags_share'] = us['Total Bags'] / us['Total Volume']

us = us.dropna().reset_index(drop=True)

features = ['week', 'month', 'price_lag1', 'price_lag2', 'price_lag4', 'price_roll4',
            'log_volume', 'volume_growth', 'bags_share']
target = 'AveragePrice'

# train on everything before 2017, test on 2017-2018
train = us[us['Date'] < '2017-01-01']
test = us[us['Date'] >= '2017-01-01']
print('train weeks:', len(train), 'test weeks:', len(test))

models = {
    'naive_last_week': None,
    'linear': LinearRegression(),
    'rf': RandomForestRegressor(n_estimators=500, min_samples_leaf=2, random_state=1),
}
for name, m in models.items():
    if m is None:
        pred = test['price_lag1'].values
    else:
        m.fit(train[features], train[target])
        pred = m.predict(test[features])
    print(f'{name:16s} MAE={mean_absolute_error(test[target], pred):.4f}  R2={r2_score(test[target], pred):.3f}')

rf = models['rf']
print(pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False))
