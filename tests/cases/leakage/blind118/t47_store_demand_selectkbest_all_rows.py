"""Daily demand per store and product family - random forest on selected features."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_log_error, mean_absolute_error

df = pd.read_csv('data/store_demand.csv', parse_dates=['date'])
df = df.sort_values(['store_nbr', 'family', 'date']).reset_index(drop=True)
print(df.shape)
print(df.groupby('family')['sales'].mean().sort_values(ascending=False).head(10))

keys = ['store_nbr', 'family']
by_series = df.groupby(keys)['sales']
for lag in (7, 8, 14, 21, 28, 35, 364):
    df[f'lag_{lag}'] = by_series.shift(lag)
for w in (7, 14, 28, 56):
    df[f'rmean_{w}'] = by_series.transform(lambda s, w=w: s.shift(7).rolling(w).mean())
    df[f'rstd_{w}'] = by_series.transform(lambda s, w=w: s.shift(7).rolling(w).std())
df['promo'] = df['onpromotion']
df['promo_lag7'] = df.groupby(keys)['onpromotion'].shift(7)
df['dow'] = df['date'].dt.dayofweek
df['dom'] = df['date'].dt.day
df['month'] = df['date'].dt.month
df['payday'] = ((df['dom'] == 15) | df['date'].dt.is_month_end).astype(int)
df = pd.get_dummies(df, columns=['family'], prefix='fam', dtype=int)
df = df.dropna().reset_index(drop=True)

candidates = [c for c in df.columns if c not in ('id', 'date', 'sales')]
print(len(candidates), 'candidate features')

y_log = np.log1p(df['sales'])
selector = SelectKBest(score_func=f_regression, k=15)
selector.fit(df[candidates], y_log)
chosen = [c for c, keep in zip(candidates, selector.get_support()) if keep]
print('selected:', chosen)

last_day = df['date'].max()
test_mask = df['date'] > last_day - pd.Timedelta(days=28)
train, test = df[~test_mask], df[test_mask]
print('train rows', len(train), 'test rows', len(test))

rf = RandomForestRegressor(n_estimators=200, max_depth=16, min_samples_leaf=10,
                           max_features=0.5, n_jobs=-1, random_state=0)
rf.fit(train[chosen], np.log1p(train['sales']))
pred = np.clip(np.expm1(rf.predict(test[chosen])), 0, None)

print('RMSLE %.4f' % np.sqrt(mean_squared_log_error(test['sales'], pred)))
print('MAE   %.2f' % mean_absolute_error(test['sales'], pred))
err = test.assign(pred=pred).groupby('store_nbr').apply(
    lambda g: np.sqrt(mean_squared_log_error(g['sales'], g['pred'])))
print(err.sort_values(ascending=False).head())
