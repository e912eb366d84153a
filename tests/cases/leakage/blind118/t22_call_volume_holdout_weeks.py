# Daily inbound calls: Holt-Winters checked on the last 8 weeks against a seasonal naive forecast
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from statsmodels.tsa.holtwinters import ExponentialSmoothing

HOLDOUT_DAYS = 56


def mape(actual, forecast):
    actual, forecast = np.asarray(actual, float), np.asarray(forecast, float)
    keep = actual > 0
    return np.mean(np.abs(actual[keep] - forecast[keep]) / actual[keep]) * 100


def mae(actual, forecast):
    return float(np.mean(np.abs(np.asarray(actual) - np.asarray(forecast))))


calls = (pd.read_csv('data/daily_calls.csv', parse_dates=['date'])
           .sort_values('date')
           .set_index('date')['calls']
           .asfreq('D')
           .fillna(0))
print(calls.tail(14))

train, test = calls.iloc[:-HOLDOUT_DAYS], calls.iloc[-HOLDOUT_DAYS:]
print(f'train to {train.index[-1].date()}, test {test.index[0].date()} - {test.index[-1].date()}')

model = ExponentialSmoothing(train, trend='add', damped_trend=True, seasonal='mul',
                             seasonal_periods=7, initialization_method='estimated').fit()
hw_fc = model.forecast(HOLDOUT_DAYS)

# repeat the last observed week
last_week = train.iloc[-7:].to_numpy()
snaive_fc = pd.Series(np.resize(last_week, HOLDOUT_DAYS), index=test.index)

for name, fc in [('seasonal naive', snaive_fc), ('holt-winters', hw_fc)]:
    print(f'{name:15s} MAPE {mape(test, fc):6.2f}%   MAE {mae(test, fc):7.1f}')

plt.figure(figsize=(14, 4))
plt.plot(train.index[-90:], train.iloc[-90:], label='train')
plt.plot(test.index, test, label='actual')
plt.plot(test.index, hw_fc, label='holt-winters')
plt.plot(test.index, snaive_fc, '--', label='seasonal naive')
plt.legend()
plt.savefig('holdout_check.png')

final = ExponentialSmoothing(calls, trend='add', damped_trend=True, seasonal='mul',
                             seasonal_periods=7, initialization_method='estimated').fit()
final.forecast(42).round().rename('forecast_calls').to_csv('forecast_next_6_weeks.csv')
