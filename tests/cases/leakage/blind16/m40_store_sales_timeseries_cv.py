"""Store item demand - total daily sales, evaluated with expanding-window CV."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

LAGS = [1, 2, 3, 7, 14, 28, 364]


def build(path='train.csv'):
    raw = pd.read_csv(path, parse_dates=['date'])
    daily = raw.groupby('date')['sales'].sum().sort_index().to_frame()
    daily['dow'] = daily.index.dayofweek
    daily['month'] = daily.index.month
    daily['dayofyear'] = daily.index.dayofyear
    for lag in LAGS:
        daily[f'lag_{lag}'] = daily['sales'].shift(lag)
    daily['roll_mean_7'] = daily['sales'].shift(1).rolling(7).mean()
    return daily.dropna()


def main():
    daily = build()
    X = daily.drop(columns='sales')
    y = daily['sales']

    tscv = TimeSeriesSplit(n_splits=5, test_size=90)
    maes, mapes = [], []
    for fold, (tr, te) in enumerate(tscv.split(X)):
        model = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=4,
                                          subsample=0.8, random_state=0)
        model.fit(X.iloc[tr], y.iloc[tr])
        pred = model.predict(X.iloc[te])
        maes.append(mean_absolute_error(y.iloc[te], pred))
        mapes.append(mean_absolute_percentage_error(y.iloc[te], pred))
        print(f'fold {fold}: {X.index[te][0].date()} .. {X.index[te][-1].date()}  MAE {maes[-1]:.1f}  MAPE {mapes[-1]:.3%}')

    print(f'mean MAE {np.mean(maes):.1f}   mean MAPE {np.mean(mapes):.3%}')

    plt.figure(figsize=(12, 4))
    plt.plot(y.index[te], y.iloc[te], label='actual')
    plt.plot(y.index[te], pred, label='predicted')
    plt.legend()
    plt.title('last fold')
    plt.show()


if __name__ == '__main__':
    main()
