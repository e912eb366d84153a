# House Prices - quick numeric-only gradient boosting model
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

train = pd.read_csv('input/train.csv')
print(train.shape)
print(train['SalePrice'].describe())

# target on log scale (competition metric is RMSE of log price)
y = np.log1p(train['SalePrice'])

# numeric columns only for a first model
num_train = train.select_dtypes(include=[np.number])
X = num_train.drop(columns=['Id'])

# a few engineered features
X['TotalSF'] = X['TotalBsmtSF'].fillna(0) + X['1stFlrSF'] + X['2ndFlrSF']
X['HouseAge'] = X['YrSold'] - X['YearBuilt']
X['SinceRemod'] = X['YrSold'] - X['YearRemodAdd']
X['TotalPorch'] = X[['OpenPorchSF', 'EnclosedPorch', '3SsnPorch', 'ScreenPorch']].sum(axis=1)
print('n features:', X.shape[1])

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=1)

dummy = DummyRegressor(strategy='mean').fit(X_train, y_train)
print('Dummy RMSE:', round(mean_squared_error(y_valid, dummy.predict(X_valid), squared=False), 4))

model = make_pipeline(
    SimpleImputer(strategy='median'),
    GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=3,
                              subsample=0.8, random_state=1),
)
model.fit(X_train, y_train)
valid_pred = model.predict(X_valid)
print('GBM RMSE  :', round(mean_squared_error(y_valid, valid_pred, squared=False), 4))

importances = pd.Series(model[-1].feature_importances_, index=X.columns)
print(importances.sort_values(ascending=False).head(15).round(4).to_string())
