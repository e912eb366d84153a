"""AEP hourly load: weekly profile learned on the training years, day-ahead style lags."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

SPLIT = pd.Timestamp('2017-01-01')

raw = pd.read_csv('data/AEP_hourly.csv', parse_dates=['Datetime'])
raw = raw.drop_duplicates('Datetime').sort_values('Datetime')
load = raw.set_index('Datetime')['AEP_MW'].rename('load')

frame = load.to_frame()
frame['hour'] = frame.index.hour
frame['dow'] = frame.index.dayofweek
frame['month'] = frame.index.month
frame['lag_24'] = frame['load'].shift(24)
frame['lag_168'] = frame['load'].shift(168)
frame['mean_prev_24'] = frame['load'].shift(24).rolling(24).mean()
frame = frame.dropna()

fit_part = frame[frame.index < SPLIT].copy()
eval_part = frame[frame.index >= SPLIT].copy()

# hour-of-week and month levels from the training years only
profile = fit_part.groupby(['dow', 'hour'])['load'].mean().rename('profile_load')
month_level = fit_part.groupby('month')['load'].mean().rename('month_level')
for part in (fit_part, eval_part):
    part['profile_load'] = part.join(profile, on=['dow', 'hour'])['profile_load']
    part['month_level'] = part.join(month_level, on='month')['month_level']

cols = ['hour', 'dow', 'month', 'profile_load', 'month_level', 'lag_24', 'lag_168', 'mean_prev_24']
print(fit_part[cols].describe().T[['mean', 'min', 'max']])

model = GradientBoostingRegressor(n_estimators=300, max_depth=5, learning_rate=0.05,
                                  subsample=0.7, random_state=0)
model.fit(fit_part[cols], fit_part['load'])
forecast = model.predict(eval_part[cols])

table = pd.DataFrame({
    'MAE': [mean_absolute_error(eval_part['load'], eval_part['lag_168']),
            mean_absolute_error(eval_part['load'], forecast)],
    'MAPE': [mean_absolute_percentage_error(eval_part['load'], eval_part['lag_168']),
             mean_absolute_percentage_error(eval_part['load'], forecast)],
}, index=['naive (t-168h)', 'gbr'])
print(table.round(4))

monthly_err = (eval_part.assign(err=np.abs(eval_part['load'] - forecast))
               .groupby('month')['err'].mean())
print(monthly_err.round(1))
