"""MovieLens 100k: rating prediction for new users (cold start).

Only content features (user demographics, movie genres, release year), and
the evaluation users are disjoint from the training users.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

GENRES = ['unknown', 'Action', 'Adventure', 'Animation', 'Children', 'Comedy', 'Crime',
          'Documentary', 'Drama', 'Fantasy', 'Film-Noir', 'Horror', 'Musical', 'Mystery',
          'Romance', 'Sci-Fi', 'Thriller', 'War', 'Western']

ratings = pd.read_csv('ml-100k/u.data', sep='\t', names=['user_id', 'item_id', 'rating', 'timestamp'])
users = pd.read_csv('ml-100k/u.user', sep='|', names=['user_id', 'age', 'gender', 'occupation', 'zip'])
items = pd.read_csv('ml-100k/u.item', sep='|', encoding='latin-1',
                    names=['item_id', 'title', 'release_date', 'video_release_date', 'url'] + GENRES)

print('ratings per user:')
print(ratings.groupby('user_id').size().describe().round(1))

items['year'] = pd.to_numeric(items['release_date'].str[-4:], errors='coerce')
users['is_male'] = (users['gender'] == 'M').astype(int)
users = pd.get_dummies(users, columns=['occupation'], prefix='occ')

df = (ratings.merge(users.drop(columns=['gender', 'zip']), on='user_id')
             .merge(items[['item_id', 'year'] + GENRES], on='item_id'))
feature_cols = [c for c in df.columns if c not in ('user_id', 'item_id', 'rating', 'timestamp')]
X = df[feature_cols].astype(float)
y = df['rating']

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
tr_idx, te_idx = next(gss.split(X, y, groups=df['user_id']))
X_train, X_test = X.iloc[tr_idx], X.iloc[te_idx]
y_train, y_test = y.iloc[tr_idx], y.iloc[te_idx]
print('train users', df['user_id'].iloc[tr_idx].nunique(), '| test users', df['user_id'].iloc[te_idx].nunique())

global_mean = y_train.mean()
baseline_rmse = mean_squared_error(y_test, np.full(len(y_test), global_mean), squared=False)
print(f'global-mean baseline RMSE: {baseline_rmse:.4f}')

hgb = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
hgb.fit(X_train, y_train)
pred = np.clip(hgb.predict(X_test), 1, 5)
print(f'HGB RMSE: {mean_squared_error(y_test, pred, squared=False):.4f}')
print(f'HGB MAE : {mean_absolute_error(y_test, pred):.4f}')
