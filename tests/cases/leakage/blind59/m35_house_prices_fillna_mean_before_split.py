import pandas as pd, numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.isna().sum()[lambda s: s > 0], df.sale_price.describe(), sep='\n')

df = df.fillna(df.mean(numeric_only=True))
fe = lambda d: pd.get_dummies(d.assign(age=2024 - d.year_built, log_lot=np.log1p(d.lot_size), rooms=d.beds + d.baths), columns=['neighborhood', 'condition'], dtype=int)
drop = ['listing_id', 'sale_price', 'price_per_sqft']
X, y = fe(df).drop(columns=drop), np.log(df.sale_price)
Xt, Xv, yt, yv = train_test_split(X, y, test_size=.2, random_state=8)

m = GradientBoostingRegressor(n_estimators=600, learning_rate=.03, max_depth=4, subsample=.8, random_state=8).fit(Xt, yt)
pv = np.exp(m.predict(Xv))
print(f"RMSE {mean_squared_error(np.exp(yv), pv) ** .5:,.0f} | MAE {mean_absolute_error(np.exp(yv), pv):,.0f}")

Xte = fe(te.fillna(df.mean(numeric_only=True))).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({'listing_id': te.listing_id, 'prediction': np.exp(m.fit(X, y).predict(Xte))}).to_csv('predictions.csv', index=False)
