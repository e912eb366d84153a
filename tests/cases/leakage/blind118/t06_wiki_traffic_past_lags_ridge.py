"""Daily views of a Wikipedia page: ridge on past lags vs a weekly naive forecast."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import Ridge

PAGE = 'Python_(programming_language)_en.wikipedia.org_all-access_all-agents'
TEST_DAYS = 60
LAGS = (1, 2, 3, 7, 14, 21, 28)


def smape(actual, forecast):
    actual = np.asarray(actual, dtype=float)
    forecast = np.asarray(forecast, dtype=float)
    denom = (np.abs(actual) + np.abs(forecast)) / 2
    ratio = np.divide(np.abs(actual - forecast), denom,
                      out=np.zeros_like(actual), where=denom > 0)
    return 100 * ratio.mean()


def load_page(path, page):
    wide = pd.read_csv(path)
    s = wide.set_index('Page').loc[page]
    s.index = pd.to_datetime(s.index)
    return s.sort_index().fillna(0).astype(float)


def build_frame(views):
    f = pd.DataFrame({'y': np.log1p(views)})
    for lag in LAGS:
        f[f'lag_{lag}'] = f['y'].shift(lag)
    hist = f['y'].shift(1)
    f['mean_7'] = hist.rolling(7).mean()
    f['mean_28'] = hist.rolling(28).mean()
    f['max_7'] = hist.rolling(7).max()
    dow = pd.get_dummies(f.index.dayofweek, prefix='dow', dtype=float)
    dow.index = f.index
    return pd.concat([f, dow], axis=1).dropna()


def main():
    views = load_page('data/train_2.csv', PAGE)
    print(views.describe())
    views.plot(figsize=(14, 4), title='daily views')
    plt.savefig('views.png')

    frame = build_frame(views)
    cols = [c for c in frame.columns if c != 'y']
    train, test = frame.iloc[:-TEST_DAYS], frame.iloc[-TEST_DAYS:]
    print(f'train {len(train)} days, test {len(test)} days, test starts {test.index[0].date()}')

    model = Ridge(alpha=3.0).fit(train[cols], train['y'])
    pred = np.expm1(model.predict(test[cols]))
    truth = np.expm1(test['y'])

    weekly_naive = np.expm1(test['lag_7'])
    print(f"naive (t-7) SMAPE: {smape(truth, weekly_naive):.2f}")
    print(f"ridge       SMAPE: {smape(truth, pred):.2f}")

    plt.figure(figsize=(14, 4))
    plt.plot(test.index, truth, label='actual')
    plt.plot(test.index, pred, label='ridge')
    plt.plot(test.index, weekly_naive, label='t-7', alpha=0.5)
    plt.legend()
    plt.savefig('forecast.png')


if __name__ == '__main__':
    main()
