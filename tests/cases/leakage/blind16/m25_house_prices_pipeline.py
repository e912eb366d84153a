"""House Prices - Ridge with all preprocessing inside a ColumnTransformer pipeline."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


df = pd.read_csv('train.csv')
df = df.drop(columns=['Id', 'PoolQC', 'MiscFeature', 'Alley', 'Fence'])

# row-wise engineered features
df['TotalSF'] = df['TotalBsmtSF'].fillna(0) + df['1stFlrSF'] + df['2ndFlrSF']
df['Age'] = df['YrSold'] - df['YearBuilt']
df['Remod'] = (df['YearRemodAdd'] != df['YearBuilt']).astype(int)

y = np.log1p(df.pop('SalePrice'))
X = df

num_cols = X.select_dtypes('number').columns.tolist()
cat_cols = X.select_dtypes('object').columns.tolist()

pre = ColumnTransformer([
    ('num', Pipeline([('imp', SimpleImputer(strategy='median')), ('sc', StandardScaler())]), num_cols),
    ('cat', Pipeline([('imp', SimpleImputer(strategy='constant', fill_value='None')),
                      ('ohe', OneHotEncoder(handle_unknown='ignore'))]), cat_cols),
])
model = Pipeline([('pre', pre), ('ridge', Ridge(alpha=10.0))])

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=2)
model.fit(X_train, y_train)
print('n features after one-hot:', model.named_steps['pre'].transform(X_train.head()).shape[1])

dummy = DummyRegressor(strategy='median').fit(X_train, y_train)
print('DummyRegressor RMSE (log):', round(rmse(y_valid, dummy.predict(X_valid)), 4))
print('Ridge RMSE (log)         :', round(rmse(y_valid, model.predict(X_valid)), 4))
