"""House Prices - ridge on features correlated with log price.

The correlation filter is computed on the training split only.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import RidgeCV
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score

df = pd.read_csv('data/house-prices/train.csv')
df['LogSalePrice'] = np.log1p(df['SalePrice'])
num = df.select_dtypes(include='number').drop(columns=['Id', 'SalePrice'])

X_all = num.drop(columns=['LogSalePrice'])
y = num['LogSalePrice']
X_train_all, X_test_all, y_train, y_test = train_test_split(X_all, y, test_size=0.2, random_state=3)

train_corr = X_train_all.corrwith(y_train).sort_values(key=abs, ascending=False)
print(train_corr.head(20).round(3).to_string())
selected = train_corr[train_corr.abs() > 0.45].index.tolist()
print(len(selected), 'features kept:', selected)

X_train = X_train_all[selected]
X_test = X_test_all[selected]

dummy = DummyRegressor().fit(X_train, y_train)
print('Dummy RMSE:', round(mean_squared_error(y_test, dummy.predict(X_test), squared=False), 4))

ridge = make_pipeline(SimpleImputer(strategy='median'), StandardScaler(),
                      RidgeCV(alphas=np.logspace(-2, 3, 30)))
ridge.fit(X_train, y_train)
pred = ridge.predict(X_test)
print('Ridge RMSE:', round(mean_squared_error(y_test, pred, squared=False), 4))
print('Ridge R2  :', round(r2_score(y_test, pred), 4))
print('alpha chosen by internal CV:', ridge[-1].alpha_)

coefs = pd.Series(ridge[-1].coef_, index=selected).sort_values()
print(coefs.round(4).to_string())
