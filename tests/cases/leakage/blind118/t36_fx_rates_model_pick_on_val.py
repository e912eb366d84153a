"""EUR/USD next-day return: model chosen on a validation period, test period scored once."""
import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.linear_model import Ridge, Lasso
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import mean_squared_error


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


def build(path):
    px = pd.read_csv(path, parse_dates=['date']).sort_values('date').set_index('date')[['close']].dropna()
    px['ret'] = np.log(px['close']).diff()
    for k in range(10):
        px[f'ret_t{k}'] = px['ret'].shift(k)
    px['vol_10'] = px['ret'].rolling(10).std()
    px['vol_60'] = px['ret'].rolling(60).std()
    px['mom_20'] = px['ret'].rolling(20).sum()
    px['dist_sma50'] = px['close'] / px['close'].rolling(50).mean() - 1
    px['target'] = px['ret'].shift(-1)
    return px.dropna()


data = build('data/eurusd_daily.csv')
features = [c for c in data.columns if c not in ('close', 'ret', 'target')]

n = len(data)
train = data.iloc[: int(n * 0.65)]
valid = data.iloc[int(n * 0.65): int(n * 0.8)]
test = data.iloc[int(n * 0.8):]
for label, part in (('train', train), ('valid', valid), ('test', test)):
    print(f'{label:5s} {part.index[0].date()} .. {part.index[-1].date()}  n={len(part)}')

models = {
    'ridge': make_pipeline(StandardScaler(), Ridge(alpha=10.0)),
    'lasso': make_pipeline(StandardScaler(), Lasso(alpha=1e-5, max_iter=10000)),
    'random_forest': RandomForestRegressor(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0),
    'gbr': GradientBoostingRegressor(n_estimators=200, max_depth=2, learning_rate=0.02, random_state=0),
}

val_scores = {}
for name, est in models.items():
    est.fit(train[features], train['target'])
    val_scores[name] = rmse(valid['target'], est.predict(valid[features]))
val_scores['random_walk'] = rmse(valid['target'], np.zeros(len(valid)))
print(pd.Series(val_scores).sort_values())

chosen = min(models, key=val_scores.get)
print('chosen on validation:', chosen)

dev = pd.concat([train, valid])
final = clone(models[chosen]).fit(dev[features], dev['target'])
test_pred = final.predict(test[features])

rw = rmse(test['target'], np.zeros(len(test)))
mdl = rmse(test['target'], test_pred)
print(f'test RMSE random walk {rw:.6f} | {chosen} {mdl:.6f} | improvement {100 * (1 - mdl / rw):.2f}%')
print('test direction hit rate:', round(float(np.mean(np.sign(test_pred) == np.sign(test['target']))), 3))
