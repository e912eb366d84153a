# Web Traffic Time Series - one Wikipedia page, lag features + gradient boosting.
# Hold out the last 90 days of the series as the test period.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

PAGE = 'Main_Page_en.wikipedia.org_all-access_all-agents'
HORIZON_TEST_DAYS = 90


def smape(a, f):
    a, f = np.asarray(a, float), np.asarray(f, float)
    denom = (np.abs(a) + np.abs(f)) / 2
    return 100 * np.mean(np.where(denom == 0, 0, np.abs(f - a) / denom))


def load_series(path='data/train_1.csv', page=PAGE):
    wide = pd.read_csv(path)
    s = wide.loc[wide['Page'] == page].drop(columns='Page').T
    s.columns = ['views']
    s.index = pd.to_datetime(s.index)
    s = s.sort_index()
    s['views'] = s['views'].astype(float).ffill()
    return s


def make_features(s):
    feat = s.copy()
    for lag in [1, 2, 3, 7, 14, 28]:
        feat[f'lag_{lag}'] = feat['views'].shift(lag)
    feat['roll_mean_7'] = feat['views'].shift(1).rolling(7).mean()
    feat['roll_std_7'] = feat['views'].shift(1).rolling(7).std()
    feat['dow'] = feat.index.dayofweek
    feat['month'] = feat.index.month
    return feat.dropna()


feat = make_features(load_series())
X = feat.drop(columns='views')
y = np.log1p(feat['views'])

split_date = feat.index.max() - pd.Timedelta(days=HORIZON_TEST_DAYS)
train_mask = feat.index <= split_date
X_train, y_train = X[train_mask], y[train_mask]
X_test, y_test = X[~train_mask], y[~train_mask]
print('train', X_train.index.min().date(), '-', X_train.index.max().date(),
      '| test', X_test.index.min().date(), '-', X_test.index.max().date())

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3, random_state=1)
gbr.fit(X_train, y_train)
pred = np.expm1(gbr.predict(X_test))
actual = np.expm1(y_test)

seasonal_naive = X_test['lag_7']
print('SMAPE seasonal naive baseline (lag 7):', round(smape(actual, seasonal_naive), 2))
print('SMAPE gradient boosting              :', round(smape(actual, pred), 2))

pd.DataFrame({'actual': actual, 'predicted': pred}).to_csv('main_page_test_forecast.csv')
