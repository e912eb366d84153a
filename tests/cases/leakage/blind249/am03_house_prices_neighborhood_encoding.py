# House Prices - Advanced Regression Techniques
# GBR with a neighborhood price encoding, evaluated with 5-fold CV on log price
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor

PATH = '../input/house-prices-advanced-regression-techniques/'
train = pd.read_csv(PATH + 'train.csv')
test = pd.read_csv(PATH + 'test.csv')
print(train.shape, test.shape)

# ---- target ----
print(train['SalePrice'].describe())
fig, ax = plt.subplots(1, 2, figsize=(12, 4))
sns.histplot(train['SalePrice'], ax=ax[0])
sns.histplot(np.log1p(train['SalePrice']), kde=True, ax=ax[1])
ax[1].set_title('log1p(SalePrice)')
plt.show()

# the two well known outliers: huge living area, cheap price
sns.scatterplot(x=train['GrLivArea'], y=train['SalePrice'])
plt.show()
train = train.drop(train[(train['GrLivArea'] > 4000) & (train['SalePrice'] < 300000)].index)
train = train.reset_index(drop=True)

y = np.log1p(train['SalePrice'])

# ---- missing values overview ----
miss = train.isnull().mean().sort_values(ascending=False)
print(miss[miss > 0].head(20))

# ---- neighborhood is the strongest categorical, give the model its avg log price ----
train['logprice'] = y
nbhd_price = train.groupby('Neighborhood')['logprice'].mean()
print(nbhd_price.sort_values(ascending=False).head(10))
train['Nbhd_enc'] = train['Neighborhood'].map(nbhd_price)
test['Nbhd_enc'] = test['Neighborhood'].map(nbhd_price).fillna(y.mean())

# ---- some handmade features ----
for df in (train, test):
    df['TotalSF'] = df['TotalBsmtSF'].fillna(0) + df['1stFlrSF'] + df['2ndFlrSF']
    df['HouseAge'] = df['YrSold'] - df['YearBuilt']
    df['RemodAge'] = df['YrSold'] - df['YearRemodAdd']
    df['TotalBath'] = (df['FullBath'] + 0.5 * df['HalfBath']
                       + df['BsmtFullBath'].fillna(0) + 0.5 * df['BsmtHalfBath'].fillna(0))

num_cols = ['OverallQual', 'OverallCond', 'GrLivArea', 'GarageCars', 'TotalSF', 'HouseAge',
            'RemodAge', 'TotalBath', 'LotArea', 'Fireplaces', 'Nbhd_enc']
cat_cols = ['MSZoning', 'KitchenQual', 'ExterQual', 'CentralAir', 'SaleCondition', 'BldgType']

pre = ColumnTransformer([
    ('num', SimpleImputer(strategy='median'), num_cols),
    ('cat', make_pipeline(SimpleImputer(strategy='most_frequent'),
                          OneHotEncoder(handle_unknown='ignore')), cat_cols),
])
model = make_pipeline(pre, GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                                     subsample=0.8, random_state=1))

X = train[num_cols + cat_cols]
kf = KFold(n_splits=5, shuffle=True, random_state=1)

base = -cross_val_score(DummyRegressor(strategy='mean'), X, y, cv=kf, scoring='neg_root_mean_squared_error')
scores = -cross_val_score(model, X, y, cv=kf, scoring='neg_root_mean_squared_error')
print(f'baseline (predict mean) RMSE log: {base.mean():.4f}')
print(f'GBR RMSE log: {scores.mean():.4f} +/- {scores.std():.4f}')

# ---- fit everything and submit ----
model.fit(X, y)
pred = np.expm1(model.predict(test[num_cols + cat_cols]))
sub = pd.DataFrame({'Id': test['Id'], 'SalePrice': pred})
sub.to_csv('submission.csv', index=False)
print(sub.head())
