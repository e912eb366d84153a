# House Prices: Advanced Regression Techniques - Ridge on the most correlated features
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error

train = pd.read_csv('../input/house-prices-advanced-regression-techniques/train.csv')
print(train.shape)

sns.histplot(train['SalePrice'], kde=True)
plt.show()

# log transform the skewed target
train['SalePrice'] = np.log1p(train['SalePrice'])

missing = train.isnull().sum().sort_values(ascending=False)
print(missing[missing > 0])

train = train.drop(columns=['Id', 'PoolQC', 'MiscFeature', 'Alley', 'Fence', 'FireplaceQu'])

num_cols = train.select_dtypes(include=[np.number]).columns
cat_cols = train.select_dtypes(include=['object']).columns

train[num_cols] = train[num_cols].fillna(train[num_cols].mean())
train[cat_cols] = train[cat_cols].fillna('None')

# keep numeric features that correlate with the price
corr = train[num_cols].corr()['SalePrice'].drop('SalePrice')
top_num = corr[corr.abs() > 0.4].index.tolist()
print(len(top_num), 'numeric features kept:', top_num)

plt.figure(figsize=(10, 8))
sns.heatmap(train[top_num + ['SalePrice']].corr(), annot=True, fmt='.2f', cmap='viridis')
plt.show()

data = pd.get_dummies(train[top_num + list(cat_cols)], drop_first=True)
X = data
y = train['SalePrice']

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=2)

ridge = Ridge(alpha=10)
ridge.fit(X_train, y_train)
pred = ridge.predict(X_valid)
rmse = np.sqrt(mean_squared_error(y_valid, pred))

baseline_rmse = np.sqrt(mean_squared_error(y_valid, np.full(len(y_valid), y_train.mean())))
print(f'baseline (mean log price) RMSE: {baseline_rmse:.4f}')
print(f'Ridge RMSE (log scale):         {rmse:.4f}')

plt.scatter(y_valid, pred, alpha=0.4)
plt.plot([y_valid.min(), y_valid.max()], [y_valid.min(), y_valid.max()], 'r--')
plt.xlabel('actual log price')
plt.ylabel('predicted')
plt.show()
