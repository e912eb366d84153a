import pandas as pd, numpy as np
from itertools import product
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
print(df.groupby('neighborhood').sale_price.median().sort_values().tail())

nb = df.groupby('neighborhood').sale_price.median()
fe = lambda d: d.assign(nb_price=d.neighborhood.map(nb).fillna(nb.median()), age=2024 - d.year_built,
                        cond=d.condition.map({'poor': 0, 'fair': 1, 'good': 2, 'excellent': 3}))
F = ['sqft', 'beds', 'baths', 'age', 'lot_size', 'garage', 'cond', 'nb_price']
X, y = fe(df)[F], np.log(df.sale_price)
Xt, Xs, yt, ys = train_test_split(X, y, test_size=.2, random_state=1)

rmse = lambda a, b: mean_squared_error(a, b) ** .5
grid = list(product([3, 5, 8], [.03, .1], [100, 400]))
res = {g: rmse(ys, HistGradientBoostingRegressor(max_depth=g[0], learning_rate=g[1], max_iter=g[2], random_state=1).fit(Xt, yt).predict(Xs)) for g in grid}
(d, lr, it), best = min(res.items(), key=lambda kv: kv[1])
print(f"best depth={d} lr={lr} iters={it} -> test RMSE(log) {best:.4f}")

m = HistGradientBoostingRegressor(max_depth=d, learning_rate=lr, max_iter=it, random_state=1).fit(X, y)
pd.DataFrame({'listing_id': te.listing_id, 'prediction': np.exp(m.predict(fe(te)[F]))}).to_csv('predictions.csv', index=False)
