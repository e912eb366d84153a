# House Prices - gradient boosting with a neighbourhood price feature.
# The neighbourhood average is learned on the training split and mapped onto validation.
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score

DATA = 'input/house-prices/train.csv'

train = pd.read_csv(DATA)
train = train[train['GrLivArea'] < 4500].reset_index(drop=True)
train['LogPrice'] = np.log1p(train['SalePrice'])

train['TotalSF'] = train['TotalBsmtSF'].fillna(0) + train['1stFlrSF'] + train['2ndFlrSF']
train['HouseAge'] = train['YrSold'] - train['YearBuilt']
train['RemodAge'] = train['YrSold'] - train['YearRemodAdd']
train['TotalBath'] = (train['FullBath'] + 0.5 * train['HalfBath']
                      + train['BsmtFullBath'].fillna(0) + 0.5 * train['BsmtHalfBath'].fillna(0))
train['GarageCars'] = train['GarageCars'].fillna(0)

base_features = ['OverallQual', 'OverallCond', 'GrLivArea', 'TotalSF', 'HouseAge', 'RemodAge',
                 'TotalBath', 'GarageCars', 'Fireplaces', 'LotArea']

tr, va = train_test_split(train, test_size=0.2, random_state=0)
tr = tr.copy()
va = va.copy()

# neighbourhood price level from the training rows only
nbhd_price = tr.groupby('Neighborhood')['LogPrice'].mean()
global_mean = tr['LogPrice'].mean()
tr['NbhdPrice'] = tr['Neighborhood'].map(nbhd_price)
va['NbhdPrice'] = va['Neighborhood'].map(nbhd_price).fillna(global_mean)

features = base_features + ['NbhdPrice']
X_train, y_train = tr[features], tr['LogPrice']
X_val, y_val = va[features], va['LogPrice']

dummy = DummyRegressor(strategy='mean').fit(X_train, y_train)
rmse_dummy = mean_squared_error(y_val, dummy.predict(X_val), squared=False)
print(f'Dummy RMSE (log): {rmse_dummy:.4f}')

gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                subsample=0.8, random_state=0)
gbr.fit(X_train, y_train)
val_pred = gbr.predict(X_val)
print(f'GBR RMSE (log): {mean_squared_error(y_val, val_pred, squared=False):.4f}')
print(f'GBR R2: {r2_score(y_val, val_pred):.4f}')

imp = pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3).to_string())
