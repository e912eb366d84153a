"""ride-demand: app opens lead rides by a bit, so give the model the app-open curve around each hour."""
import pandas as pd, numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

tr, te = (pd.read_csv(f, parse_dates=['ts']) for f in ('train.csv', 'test.csv'))
df = pd.concat([tr.assign(_tr=True), te.assign(_tr=False)]).sort_values('ts').reset_index(drop=True)

df = df.assign(hour=df.ts.dt.hour, dow=df.ts.dt.dayofweek, wknd=(df.ts.dt.dayofweek >= 5).astype(int),
               opens_prev=df.app_opens.shift(1), opens_next=df.app_opens.shift(-1),
               opens_trend=lambda d: d.opens_next - d.opens_prev, rain_prev=df.rain_mm.shift(1))
F = ['hour', 'dow', 'wknd', 'temp', 'humidity', 'rain_mm', 'rain_prev', 'is_holiday', 'app_opens', 'opens_prev', 'opens_next', 'opens_trend', 'events_nearby']

L = df[df._tr]
cut = L.ts.max() - pd.Timedelta(days=28)
t, v = L[L.ts <= cut], L[L.ts > cut]
m = HistGradientBoostingRegressor(loss='poisson', max_iter=500, learning_rate=.05, random_state=0).fit(t[F], t.rides)
p = m.predict(v[F])
print(f"last-28d MAE {mean_absolute_error(v.rides, p):.2f} | RMSE {mean_squared_error(v.rides, p) ** .5:.2f}")

m.fit(L[F], L.rides)
pd.DataFrame({'row_id': df.loc[~df._tr, 'row_id'], 'prediction': m.predict(df.loc[~df._tr, F])}).to_csv('predictions.csv', index=False)
