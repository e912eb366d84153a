# bike sharing demand -- linear models with time series CV
# one-hot the hour etc, scale, ridge / lasso, compare with a dummy.
# the scaler lives in the pipeline so each fold only sees its own past
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import Ridge, Lasso
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

bikes = pd.read_csv('bike-sharing-demand/train.csv', parse_dates=['datetime'])
bikes = bikes.sort_values('datetime').set_index('datetime')
print(bikes.shape)
print(bikes.index.min(), '->', bikes.index.max())

bikes['count'].resample('D').sum().plot(figsize=(14, 4), title='daily rentals')
plt.show()

bikes['hour'] = bikes.index.hour
bikes['dow'] = bikes.index.dayofweek
bikes['month'] = bikes.index.month
bikes['year'] = bikes.index.year - 2011
pivot = bikes.pivot_table(index='hour', columns='workingday', values='count', aggfunc='mean')
pivot.plot(title='hourly profile, working vs non-working days')
plt.show()

X = pd.get_dummies(bikes[['hour', 'dow', 'month', 'season', 'weather']].astype(str), drop_first=True)
X = X.join(bikes[['year', 'holiday', 'workingday', 'temp', 'atemp', 'humidity', 'windspeed']])
y = np.log1p(bikes['count'])
print(X.shape)

tscv = TimeSeriesSplit(n_splits=5)
for name, model in [('dummy', DummyRegressor()),
                    ('ridge', make_pipeline(StandardScaler(), Ridge(alpha=1.0))),
                    ('lasso', make_pipeline(StandardScaler(), Lasso(alpha=0.001, max_iter=5000)))]:
    s = -cross_val_score(model, X, y, cv=tscv, scoring='neg_root_mean_squared_error')
    print(f'{name:6s} RMSLE per fold: {np.round(s, 3)}  mean {s.mean():.4f}')

# coefficients of a ridge fitted on the whole period (for reading only)
ridge = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X, y)
coefs = pd.Series(ridge[-1].coef_, index=X.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))
