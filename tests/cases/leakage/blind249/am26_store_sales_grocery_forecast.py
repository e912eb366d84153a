# Store Sales - Time Series Forecasting (Favorita)
# Starting small: one store, one product family, random forest on calendar features.
# CV with TimeSeriesSplit: every fold trains on the past and is scored on the next block.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import cross_val_score, TimeSeriesSplit

STORE, FAMILY = 44, 'GROCERY I'

sales = pd.read_csv('store-sales-time-series-forecasting/train.csv', parse_dates=['date'])
holidays = pd.read_csv('store-sales-time-series-forecasting/holidays_events.csv', parse_dates=['date'])

s = sales[(sales['store_nbr'] == STORE) & (sales['family'] == FAMILY)].copy()
s = s.sort_values('date').reset_index(drop=True)
print(s.shape, s['date'].min(), s['date'].max())
print(s[['sales', 'onpromotion']].describe())

s.set_index('date')['sales'].plot(figsize=(15, 4), title=f'store {STORE} - {FAMILY}')
plt.show()

# national holidays that were actually celebrated on that day
nat = holidays[(holidays['locale'] == 'National') & (~holidays['transferred'])]
nat_days = set(nat['date'])

s['dow'] = s['date'].dt.dayofweek
s['day'] = s['date'].dt.day
s['month'] = s['date'].dt.month
s['year'] = s['date'].dt.year
s['dayofyear'] = s['date'].dt.dayofyear
s['payday'] = ((s['day'] == 15) | s['date'].dt.is_month_end).astype(int)
s['holiday'] = s['date'].isin(nat_days).astype(int)
s['promo_log'] = np.log1p(s['onpromotion'])

print(s.groupby('dow')['sales'].mean())

# shops are closed on Jan 1st, those zeros only add noise
s = s[~((s['month'] == 1) & (s['day'] == 1))]

features = ['dow', 'day', 'month', 'year', 'dayofyear', 'payday', 'holiday', 'promo_log']
X = s[features]
y = np.log1p(s['sales'])

tscv = TimeSeriesSplit(n_splits=5, test_size=90)
rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=42)
rf_scores = -cross_val_score(rf, X, y, cv=tscv, scoring='neg_root_mean_squared_error')
dummy_scores = -cross_val_score(DummyRegressor(strategy='median'), X, y, cv=tscv,
                                scoring='neg_root_mean_squared_error')
print('dummy RMSLE:', dummy_scores.round(4), dummy_scores.mean().round(4))
print('RF RMSLE:   ', rf_scores.round(4), rf_scores.mean().round(4))

rf.fit(X, y)
pd.Series(rf.feature_importances_, index=features).sort_values().plot(kind='barh')
plt.title('RF feature importance')
plt.show()
