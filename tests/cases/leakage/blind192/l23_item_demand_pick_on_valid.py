# Store 1 / item 1 daily demand - model comparison
# ------------------------------------------------
# train.csv from the "Store Item Demand Forecasting Challenge":
#   date, store, item, sales
# Forecast the last quarter of 2017 for a single store-item series and pick the
# best of three regressors.

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

STORE, ITEM = 1, 1

data = pd.read_csv('train.csv', parse_dates=['date'])
series = data[(data.store == STORE) & (data.item == ITEM)].copy()
series = series.sort_values('date').reset_index(drop=True)
print(series.shape, series.date.min(), series.date.max())
print(series.sales.describe())


def build(df):
    df = df.copy()
    df['dow'] = df.date.dt.dayofweek
    df['dom'] = df.date.dt.day
    df['month'] = df.date.dt.month
    df['year'] = df.date.dt.year - 2013
    for lag in (7, 14, 21, 28, 364):
        df['lag%d' % lag] = df.sales.shift(lag)
    df['ma7'] = df.sales.shift(7).rolling(7).mean()
    df['ma28'] = df.sales.shift(7).rolling(28).mean()
    df['ewm14'] = df.sales.shift(7).ewm(span=14).mean()
    return df.dropna().reset_index(drop=True)


series = build(series)
FEATS = ['dow', 'dom', 'month', 'year', 'lag7', 'lag14', 'lag21', 'lag28',
         'lag364', 'ma7', 'ma28', 'ewm14']

train = series[series.date < '2017-10-01']
test = series[series.date >= '2017-10-01']
# model selection happens on the quarter before the test quarter
fit = train[train.date < '2017-07-01']
valid = train[train.date >= '2017-07-01']
print('fit', len(fit), 'valid', len(valid), 'test', len(test))

candidates = {
    'ridge': Ridge(alpha=3.0),
    'rf': RandomForestRegressor(n_estimators=400, min_samples_leaf=5, random_state=0, n_jobs=-1),
    'gbr': GradientBoostingRegressor(n_estimators=300, learning_rate=0.05, max_depth=3,
                                     subsample=0.8, random_state=0),
}

val_scores = {}
for name, model in candidates.items():
    model.fit(fit[FEATS], fit.sales)
    val_scores[name] = mean_absolute_error(valid.sales, model.predict(valid[FEATS]))
    print('%-6s validation MAE: %.3f' % (name, val_scores[name]))

best_name = min(val_scores, key=val_scores.get)
print('\nselected on validation:', best_name)

# refit the chosen model on the whole training period, score the test quarter once
best_model = clone(candidates[best_name]).fit(train[FEATS], train.sales)
test_mae = mean_absolute_error(test.sales, best_model.predict(test[FEATS]))
baseline_mae = mean_absolute_error(test.sales, test.lag7)   # naive seasonal baseline
print('baseline (lag 7) test MAE: %.3f' % baseline_mae)
print('%s test MAE: %.3f  (%.1f%% better than baseline)'
      % (best_name, test_mae, 100 * (1 - test_mae / baseline_mae)))

out = test[['date']].copy()
out['forecast'] = best_model.predict(test[FEATS])
out.to_csv('forecast_store1_item1.csv', index=False)
