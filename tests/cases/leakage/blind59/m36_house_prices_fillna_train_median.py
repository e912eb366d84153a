import pandas as pd, numpy as np
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer, TransformedTargetRegressor
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.isna().sum()[lambda s: s > 0], df.sale_price.describe(), sep='\n')

fe = lambda d: d.assign(age=2024 - d.year_built, log_lot=np.log1p(d.lot_size), rooms=d.beds + d.baths)
num, cat = ['sqft', 'beds', 'baths', 'age', 'log_lot', 'rooms', 'garage'], ['neighborhood', 'condition']
X, y = fe(df)[num + cat], df.sale_price
Xt, Xv, yt, yv = train_test_split(X, y, test_size=.2, random_state=8)

pre = make_column_transformer((SimpleImputer(strategy='median'), num), (make_pipeline(SimpleImputer(strategy='most_frequent'), OneHotEncoder(handle_unknown='ignore')), cat))
m = TransformedTargetRegressor(make_pipeline(pre, GradientBoostingRegressor(n_estimators=600, learning_rate=.03, max_depth=4, subsample=.8, random_state=8)), func=np.log, inverse_func=np.exp)
for n, e in [('baseline (median)', DummyRegressor(strategy='median')), ('gbr', m)]:
    p = e.fit(Xt, yt).predict(Xv)
    print(f"{n:18s} RMSE {mean_squared_error(yv, p) ** .5:>10,.0f} | MAE {mean_absolute_error(yv, p):>10,.0f}")

pd.DataFrame({'listing_id': te.listing_id, 'prediction': m.fit(X, y).predict(fe(te)[num + cat])}).to_csv('predictions.csv', index=False)
