# Emergency department daily visits explained by weekday, weather and holidays (OLS)
import numpy as np
import pandas as pd
import statsmodels.api as sm
import matplotlib.pyplot as plt

visits = pd.read_csv('data/ed_daily_visits.csv', parse_dates=['date'])
weather = pd.read_csv('data/daily_weather.csv', parse_dates=['date'])
holidays = pd.read_csv('data/public_holidays.csv', parse_dates=['date'])

df = visits.merge(weather, on='date', how='left').sort_values('date').reset_index(drop=True)
df['holiday'] = df['date'].isin(holidays['date']).astype(int)
df['after_holiday'] = df['holiday'].shift(1).fillna(0)
print(df.describe())

df['dow'] = df['date'].dt.day_name()
df['month'] = df['date'].dt.month_name()
df['visits_lag7'] = df['visits'].shift(7)
df['temp_max_sq'] = df['temp_max'] ** 2
df = df.dropna(subset=['visits_lag7', 'temp_max', 'precip_mm'])

print(df.groupby('dow')['visits'].mean().round(1))

design = pd.get_dummies(df[['dow', 'month']], drop_first=True, dtype=float)
design[['holiday', 'after_holiday', 'visits_lag7', 'temp_max', 'temp_max_sq', 'precip_mm']] = \
    df[['holiday', 'after_holiday', 'visits_lag7', 'temp_max', 'temp_max_sq', 'precip_mm']]
design = sm.add_constant(design)

ols = sm.OLS(df['visits'], design).fit(cov_type='HC3')
print(ols.summary())

fitted = ols.predict(design)
resid = df['visits'] - fitted
print('R2   %.3f' % ols.rsquared)
print('MAE  %.2f visits/day' % np.mean(np.abs(resid)))
print('RMSE %.2f visits/day' % np.sqrt(np.mean(resid ** 2)))
print('MAPE %.2f%%' % (100 * np.mean(np.abs(resid) / df['visits'])))

fig, ax = plt.subplots(2, 1, figsize=(14, 7))
ax[0].plot(df['date'], df['visits'], lw=0.7, label='observed')
ax[0].plot(df['date'], fitted, lw=0.7, label='fitted')
ax[0].legend()
ax[1].hist(resid, bins=50)
ax[1].set_title('residuals')
plt.tight_layout()
plt.savefig('ed_visits_ols.png')
