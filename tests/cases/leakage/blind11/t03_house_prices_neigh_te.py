"""
House Prices - Advanced Regression Techniques
XGBoost with a few engineered features + neighbourhood price encoding.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

pd.set_option('display.max_columns', 100)

df = pd.read_csv('data/train.csv')
test_df = pd.read_csv('data/test.csv')
print(df.shape, test_df.shape)

# ---- quick look -------------------------------------------------------
print(df['SalePrice'].describe())
plt.hist(df['SalePrice'], bins=50)
plt.title('SalePrice')
plt.savefig('saleprice_hist.png')
plt.close()

missing = df.isnull().mean().sort_values(ascending=False)
print(missing[missing > 0])

# drop the columns that are mostly empty
drop_cols = ['PoolQC', 'MiscFeature', 'Alley', 'Fence']
df = df.drop(columns=drop_cols)
test_df = test_df.drop(columns=drop_cols)

# outliers from the data description (huge houses, low price)
df = df[~((df['GrLivArea'] > 4000) & (df['SalePrice'] < 300000))].reset_index(drop=True)

df['SalePrice'] = np.log1p(df['SalePrice'])

# ---- features ---------------------------------------------------------
def add_feats(d):
    d = d.copy()
    d['TotalSF'] = d['TotalBsmtSF'].fillna(0) + d['1stFlrSF'] + d['2ndFlrSF']
    d['Age'] = d['YrSold'] - d['YearBuilt']
    d['RemodAge'] = d['YrSold'] - d['YearRemodAdd']
    d['TotalBath'] = (d['FullBath'] + 0.5 * d['HalfBath'] +
                      d['BsmtFullBath'].fillna(0) + 0.5 * d['BsmtHalfBath'].fillna(0))
    d['HasGarage'] = d['GarageArea'].fillna(0).gt(0).astype(int)
    return d

df = add_feats(df)
test_df = add_feats(test_df)

# neighbourhood is the strongest categorical, encode it with the average (log) price
neigh_price = df.groupby('Neighborhood')['SalePrice'].mean()
df['Neigh_enc'] = df['Neighborhood'].map(neigh_price)
test_df['Neigh_enc'] = test_df['Neighborhood'].map(neigh_price)

ms_price = df.groupby('MSZoning')['SalePrice'].mean()
df['MSZ_enc'] = df['MSZoning'].map(ms_price)
test_df['MSZ_enc'] = test_df['MSZoning'].map(ms_price)

qual_map = {'Ex': 5, 'Gd': 4, 'TA': 3, 'Fa': 2, 'Po': 1}
for c in ['ExterQual', 'KitchenQual', 'BsmtQual', 'HeatingQC', 'GarageQual']:
    df[c] = df[c].map(qual_map).fillna(0)
    test_df[c] = test_df[c].map(qual_map).fillna(0)

num_feats = ['OverallQual', 'GrLivArea', 'TotalSF', 'Age', 'RemodAge', 'TotalBath',
             'GarageCars', 'LotArea', 'Fireplaces', 'HasGarage', 'OverallCond',
             'ExterQual', 'KitchenQual', 'BsmtQual', 'HeatingQC', 'GarageQual',
             'Neigh_enc', 'MSZ_enc']

X = df[num_feats]
y = df['SalePrice']

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)

model = xgb.XGBRegressor(n_estimators=800, learning_rate=0.03, max_depth=4,
                         subsample=0.8, colsample_bytree=0.7, random_state=0)
model.fit(X_tr, y_tr)

pred = model.predict(X_te)
rmse = np.sqrt(mean_squared_error(y_te, pred))
print(f'RMSE (log scale): {rmse:.4f}')

# feature importance
imp = pd.Series(model.feature_importances_, index=num_feats).sort_values()
imp.plot.barh(figsize=(6, 6))
plt.tight_layout()
plt.savefig('xgb_importance.png')

# ---- refit & submit ---------------------------------------------------
model.fit(X, y)
sub = pd.DataFrame({'Id': test_df['Id'], 'SalePrice': np.expm1(model.predict(test_df[num_feats]))})
sub.to_csv('submission_xgb.csv', index=False)
print(sub.head())
