# Store x family demand: gradient boosting on lagged sales, fitted on the full history
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_squared_log_error, mean_absolute_error, r2_score

df = pd.read_csv('data/store_demand.csv', parse_dates=['date'])
df = df.sort_values(['store_nbr', 'family', 'date']).reset_index(drop=True)
print(df.shape, df['date'].min().date(), df['date'].max().date())
print(df.describe())

pivot = df.pivot_table(index='date', columns='family', values='sales', aggfunc='sum')
print(pivot.sum().sort_values(ascending=False).head(10))

per_series = df.groupby(['store_nbr', 'family'])['sales']
df['lag7'] = per_series.shift(7)
df['lag14'] = per_series.shift(14)
df['lag28'] = per_series.shift(28)
df['roll7'] = per_series.transform(lambda s: s.shift(7).rolling(7).mean())
df['roll28'] = per_series.transform(lambda s: s.shift(7).rolling(28).mean())
df['dow'] = df['date'].dt.dayofweek
df['month'] = df['date'].dt.month
df['family_code'] = df['family'].astype('category').cat.codes
df = df.dropna().reset_index(drop=True)

cols = ['store_nbr', 'family_code', 'onpromotion', 'lag7', 'lag14', 'lag28', 'roll7', 'roll28', 'dow', 'month']

model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.05, num_leaves=63,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                          random_state=0, verbose=-1)
model.fit(df[cols], np.log1p(df['sales']))

df['pred'] = np.clip(np.expm1(model.predict(df[cols])), 0, None)
print('RMSLE: %.4f' % np.sqrt(mean_squared_log_error(df['sales'], df['pred'])))
print('MAE  : %.2f' % mean_absolute_error(df['sales'], df['pred']))
print('R2   : %.4f' % r2_score(df['sales'], df['pred']))

by_family = df.groupby('family').apply(lambda g: np.sqrt(mean_squared_log_error(g['sales'], g['pred'])))
print(by_family.sort_values().round(4))

importance = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(importance)
