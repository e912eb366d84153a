import pandas as pd, numpy as np
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.ensemble import HistGradientBoostingRegressor

tr, te = (pd.read_csv(f, parse_dates=['ts']) for f in ('train.csv', 'test.csv'))
df = pd.concat([tr.assign(_tr=True), te.assign(_tr=False)]).sort_values('ts').reset_index(drop=True)

# only past hours: shift first, then roll
lagged = {f"{c}_l{k}": df[c].shift(k) for c in ['app_opens', 'rain_mm'] for k in (1, 2, 24)}
rolled = {f"{c}_r{w}": df[c].shift(1).rolling(w, min_periods=1).mean() for c in ['app_opens', 'temp'] for w in (6, 24)}
df = df.assign(hour=df.ts.dt.hour, dow=df.ts.dt.dayofweek, wknd=(df.ts.dt.dayofweek >= 5).astype(int), **lagged, **rolled)
F = ['hour', 'dow', 'wknd', 'temp', 'humidity', 'rain_mm', 'is_holiday', 'app_opens', 'events_nearby', *lagged, *rolled]

L = df[df._tr]
m = HistGradientBoostingRegressor(loss='poisson', max_iter=500, learning_rate=.05, random_state=0)
r = cross_validate(m, L[F], L.rides, cv=TimeSeriesSplit(n_splits=5, gap=24), scoring=('neg_mean_absolute_error', 'neg_root_mean_squared_error'))
print(f"TSCV MAE {-r['test_neg_mean_absolute_error'].mean():.2f} | RMSE {-r['test_neg_root_mean_squared_error'].mean():.2f}")
print(np.c_[-r['test_neg_mean_absolute_error'], -r['test_neg_root_mean_squared_error']].round(2))

pd.DataFrame({'row_id': df.loc[~df._tr, 'row_id'], 'prediction': m.fit(L[F], L.rides).predict(df.loc[~df._tr, F])}).to_csv('predictions.csv', index=False)
