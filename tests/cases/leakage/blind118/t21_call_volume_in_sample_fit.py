# Contact centre: daily inbound call volume with Holt-Winters, forecast for staffing
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from statsmodels.tsa.holtwinters import ExponentialSmoothing

calls = pd.read_csv('data/daily_calls.csv', parse_dates=['date'])
calls = calls.sort_values('date').set_index('date')['calls'].asfreq('D')
print(calls.describe())
print('missing days:', calls.isna().sum())
calls = calls.fillna(0)

weekly = calls.groupby(calls.index.dayofweek).mean()
print('mean calls by weekday:')
print(weekly.round(1))

fig, ax = plt.subplots(2, 1, figsize=(14, 7))
calls.plot(ax=ax[0], lw=0.7, title='daily inbound calls')
calls.rolling(28).mean().plot(ax=ax[1], title='28-day rolling mean')
plt.tight_layout()
plt.savefig('calls_overview.png')

hw = ExponentialSmoothing(
    calls,
    trend='add',
    damped_trend=True,
    seasonal='mul',
    seasonal_periods=7,
    initialization_method='estimated',
).fit(optimized=True)

print(hw.params_formatted if hasattr(hw, 'params_formatted') else hw.params)

fitted = hw.fittedvalues
mask = calls > 0
mape = np.mean(np.abs(calls[mask] - fitted[mask]) / calls[mask]) * 100
mae = np.mean(np.abs(calls - fitted))
rmse = np.sqrt(np.mean((calls - fitted) ** 2))
print(f'MAPE {mape:.2f}%  MAE {mae:.1f}  RMSE {rmse:.1f}')

future = hw.forecast(42)
future.round().astype(int).rename('forecast_calls').to_csv('forecast_next_6_weeks.csv')

plt.figure(figsize=(14, 4))
plt.plot(calls.index[-120:], calls.iloc[-120:], label='actual')
plt.plot(fitted.index[-120:], fitted.iloc[-120:], label='fitted')
plt.plot(future.index, future, label='forecast')
plt.legend()
plt.savefig('calls_forecast.png')
