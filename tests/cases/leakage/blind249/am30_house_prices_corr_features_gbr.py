# House prices: keep the numeric features that correlate most with SalePrice,
# then gradient boosting. The correlation ranking is done on the training split only.
import numpy as np
import pandas as pd
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error, r2_score

df = pd.read_csv('input/train.csv')
test_df = pd.read_csv('input/test.csv')
print(df.shape)

numeric_cols = df.select_dtypes(include=[np.number]).columns.drop(['Id', 'SalePrice']).tolist()
X_all = df[numeric_cols]
y_all = np.log1p(df['SalePrice'])

X_train, X_valid, y_train, y_valid = train_test_split(X_all, y_all, test_size=0.25, random_state=3)

# correlation with the (log) price, training rows only
tr = X_train.copy()
tr['SalePrice'] = y_train
corr = tr.corr()

plt.figure(figsize=(12, 10))
top_idx = corr['SalePrice'].abs().sort_values(ascending=False).head(15).index
sns.heatmap(tr[top_idx].corr(), annot=True, fmt='.2f', cmap='coolwarm')
plt.show()

# features with |corr| > 0.5 with the price
target_corr = corr['SalePrice'].drop('SalePrice')
selected = target_corr[target_corr.abs() > 0.5].index.tolist()
print(len(selected), 'features selected:', selected)

model = make_pipeline(SimpleImputer(strategy='median'),
                      GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=3,
                                                random_state=3))
model.fit(X_train[selected], y_train)
pred = model.predict(X_valid[selected])

# naive baseline = mean log price of the training part
naive = np.full_like(y_valid, y_train.mean())
print('naive RMSE (log):', np.sqrt(mean_squared_error(y_valid, naive)).round(4))
print('GBR   RMSE (log):', np.sqrt(mean_squared_error(y_valid, pred)).round(4))
print('GBR   R2       :', r2_score(y_valid, pred).round(4))

plt.scatter(y_valid, pred, alpha=0.4)
plt.plot([10.5, 13.5], [10.5, 13.5], 'r--')
plt.xlabel('actual log price')
plt.ylabel('predicted')
plt.show()

# final fit on all labelled rows (same selected columns) for the submission
model.fit(X_all[selected], y_all)
out = pd.DataFrame({'Id': test_df['Id'], 'SalePrice': np.expm1(model.predict(test_df[selected]))})
out.to_csv('submission.csv', index=False)
