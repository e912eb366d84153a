"""ride-demand: train on everything before the last 28 days, score the last 28 days."""
import pandas as pd, numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df, te = (pd.read_csv(f, parse_dates=['ts']).sort_values('ts') for f in ('train.csv', 'test.csv'))
print(df.ts.agg(['min', 'max']), df.rides.describe(), sep='\n')

cal = lambda d: d.assign(hour=d.ts.dt.hour, dow=d.ts.dt.dayofweek, month=d.ts.dt.month, wknd=(d.ts.dt.dayofweek >= 5).astype(int), wet=(d.rain_mm > 0).astype(int))
F = ['hour', 'dow', 'month', 'wknd', 'temp', 'humidity', 'rain_mm', 'wet', 'is_holiday', 'app_opens', 'events_nearby']
cut = df.ts.max() - pd.Timedelta(days=28)
t, v = cal(df[df.ts <= cut]), cal(df[df.ts > cut])

m = HistGradientBoostingRegressor(loss='poisson', max_iter=500, learning_rate=.05, random_state=0).fit(t[F], t.rides)
preds = {'baseline: train mean': np.full(len(v), t.rides.mean()),
         'baseline: hour x dow mean': v[['hour', 'dow']].merge(t.groupby(['hour', 'dow']).rides.mean().rename('p').reset_index(), how='left').p.fillna(t.rides.mean()).values,
         'hgb': m.predict(v[F])}
for k, p in preds.items():
    print(f"{k:26s} MAE {mean_absolute_error(v.rides, p):7.2f}  RMSE {mean_squared_error(v.rides, p) ** .5:7.2f}")

m.fit(cal(df)[F], df.rides)
pd.DataFrame({'row_id': te.row_id, 'prediction': m.predict(cal(te)[F])}).to_csv('predictions.csv', index=False)
