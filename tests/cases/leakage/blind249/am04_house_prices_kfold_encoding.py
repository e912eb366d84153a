# House Prices - Advanced Regression Techniques
# GBR + smoothed neighborhood encoding. The encoding is rebuilt inside every fold
# (from the training folds only), otherwise the CV score is too optimistic.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error

PATH = '../input/house-prices-advanced-regression-techniques/'
train = pd.read_csv(PATH + 'train.csv')
test = pd.read_csv(PATH + 'test.csv')
print(train.shape, test.shape)

print(train['SalePrice'].describe())
sns.histplot(np.log1p(train['SalePrice']), kde=True)
plt.title('log1p(SalePrice)')
plt.show()

# drop the two giant-but-cheap houses
train = train.drop(train[(train['GrLivArea'] > 4000) & (train['SalePrice'] < 300000)].index)
train = train.reset_index(drop=True)
y = np.log1p(train['SalePrice'])

for df in (train, test):
    df['TotalSF'] = df['TotalBsmtSF'].fillna(0) + df['1stFlrSF'] + df['2ndFlrSF']
    df['HouseAge'] = df['YrSold'] - df['YearBuilt']
    df['RemodAge'] = df['YrSold'] - df['YearRemodAdd']
    df['TotalBath'] = (df['FullBath'] + 0.5 * df['HalfBath']
                       + df['BsmtFullBath'].fillna(0) + 0.5 * df['BsmtHalfBath'].fillna(0))

num_cols = ['OverallQual', 'OverallCond', 'GrLivArea', 'GarageCars', 'TotalSF', 'HouseAge',
            'RemodAge', 'TotalBath', 'LotArea', 'Fireplaces', 'Nbhd_enc']
cat_cols = ['MSZoning', 'KitchenQual', 'ExterQual', 'CentralAir', 'SaleCondition', 'BldgType']


def nbhd_encoding(fit_df, y_fit, smoothing=10):
    """mean log price per neighborhood, shrunk towards the global mean"""
    stats = y_fit.groupby(fit_df['Neighborhood']).agg(['mean', 'count'])
    prior = y_fit.mean()
    enc = (stats['mean'] * stats['count'] + prior * smoothing) / (stats['count'] + smoothing)
    return enc, prior


def make_model():
    pre = ColumnTransformer([
        ('num', SimpleImputer(strategy='median'), num_cols),
        ('cat', make_pipeline(SimpleImputer(strategy='most_frequent'),
                              OneHotEncoder(handle_unknown='ignore')), cat_cols),
    ])
    return make_pipeline(pre, GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                                        subsample=0.8, random_state=1))


kf = KFold(n_splits=5, shuffle=True, random_state=1)
rmse_model, rmse_base = [], []
for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
    X_tr = train.iloc[tr_idx].copy()
    X_va = train.iloc[va_idx].copy()
    y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]

    enc, prior = nbhd_encoding(X_tr, y_tr)
    X_tr['Nbhd_enc'] = X_tr['Neighborhood'].map(enc)
    X_va['Nbhd_enc'] = X_va['Neighborhood'].map(enc).fillna(prior)

    model = make_model()
    model.fit(X_tr[num_cols + cat_cols], y_tr)
    pred = model.predict(X_va[num_cols + cat_cols])

    # baseline = just predict the training-fold mean
    base_pred = np.full(len(y_va), y_tr.mean())
    rmse_model.append(np.sqrt(mean_squared_error(y_va, pred)))
    rmse_base.append(np.sqrt(mean_squared_error(y_va, base_pred)))
    print(f'fold {fold}: model {rmse_model[-1]:.4f}  baseline {rmse_base[-1]:.4f}')

print(f'baseline RMSE log: {np.mean(rmse_base):.4f}')
print(f'GBR RMSE log:      {np.mean(rmse_model):.4f} +/- {np.std(rmse_model):.4f}')

# final model: encoding + fit on the full training set, then predict Kaggle test
enc, prior = nbhd_encoding(train, y)
train['Nbhd_enc'] = train['Neighborhood'].map(enc)
test['Nbhd_enc'] = test['Neighborhood'].map(enc).fillna(prior)
final = make_model().fit(train[num_cols + cat_cols], y)
sub = pd.DataFrame({'Id': test['Id'], 'SalePrice': np.expm1(final.predict(test[num_cols + cat_cols]))})
sub.to_csv('submission.csv', index=False)
print(sub.head())
