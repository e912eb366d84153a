"""Forecast daily page views of one Wikipedia article with a linear model on lags."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

PAGE = 'Python_(programming_language)_en.wikipedia.org_all-access_all-agents'
HORIZON_DAYS = 60


def smape(a, f):
    a, f = np.asarray(a), np.asarray(f)
    denom = (np.abs(a) + np.abs(f)) / 2
    out = np.where(denom == 0, 0.0, np.abs(a - f) / denom)
    return 100 * out.mean()


wide = pd.read_csv('data/train_2.csv')
print('pages:', len(wide))

series = wide.loc[wide['Page'] == PAGE].drop(columns='Page').T
series.columns = ['views']
series.index = pd.to_datetime(series.index)
series = series.sort_index()
series['views'] = series['views'].fillna(0).astype(float)
print(series.describe())

series['views'].plot(figsize=(14, 4), title=PAGE[:40])
plt.tight_layout()
plt.savefig('views.png')

# work on log scale, traffic has big spikes
frame = pd.DataFrame({'y': np.log1p(series['views'])})
for lag in [1, 2, 3, 7, 14, 21, 28]:
    frame[f'lag_{lag}'] = frame['y'].shift(lag)
frame['neighbour_mean'] = (frame['y'].shift(1) + frame['y'].shift(-1)) / 2
frame['week_mean'] = frame['y'].shift(1).rolling(7).mean()
frame['dow'] = frame.index.dayofweek
frame = pd.get_dummies(frame, columns=['dow'], prefix='dow', dtype=float)
frame = frame.dropna()

inputs = [c for c in frame.columns if c != 'y']
train = frame.iloc[:-HORIZON_DAYS]
test = frame.iloc[-HORIZON_DAYS:]
print('train', train.index.min().date(), '-', train.index.max().date())
print('test ', test.index.min().date(), '-', test.index.max().date())

ridge = Ridge(alpha=1.0)
ridge.fit(train[inputs], train['y'])
pred_log = ridge.predict(test[inputs])

pred = np.expm1(pred_log)
truth = np.expm1(test['y'])
print('SMAPE: %.2f' % smape(truth, pred))
print('MAE  : %.1f views' % mean_absolute_error(truth, pred))

coefs = pd.Series(ridge.coef_, index=inputs).sort_values()
print(coefs.tail(10))

plt.figure(figsize=(14, 4))
plt.plot(test.index, truth, label='actual')
plt.plot(test.index, pred, label='ridge')
plt.legend()
plt.savefig('forecast.png')
