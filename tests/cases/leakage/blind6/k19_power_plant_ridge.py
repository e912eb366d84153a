# Combined Cycle Power Plant - predict net hourly electrical output PE (MW)
# features: AT (ambient temp), V (exhaust vacuum), AP (ambient pressure), RH (humidity)

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.preprocessing import MinMaxScaler, PolynomialFeatures
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge, LinearRegression
from sklearn.metrics import r2_score, mean_squared_error, mean_absolute_error

df = pd.read_csv('data/CCPP/Folds5x2_pp.csv')
print(df.shape)
print(df.describe())

# the exported sheet has a few blank sensor cells
print(df.isna().sum())
df = df.fillna(df.mean())

print(df.duplicated().sum(), 'duplicated rows')
df = df.drop_duplicates()

sns.pairplot(df.sample(2000, random_state=0))
plt.show()
plt.figure(figsize=(6, 5))
sns.heatmap(df.corr(), annot=True, cmap='viridis')
plt.show()

X = df[['AT', 'V', 'AP', 'RH']]
y = df['PE']

scaler = MinMaxScaler()
X_scaled = scaler.fit_transform(X)

poly = PolynomialFeatures(degree=3, include_bias=False)
X_poly = poly.fit_transform(X_scaled)
print('poly features:', X_poly.shape[1])

X_train, X_test, y_train, y_test = train_test_split(X_poly, y, test_size=0.2, random_state=1)

lin = LinearRegression().fit(X_train[:, :4], y_train)
print('plain linear (4 features) R2:', round(r2_score(y_test, lin.predict(X_test[:, :4])), 4))

alphas = [1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100]
test_r2 = []
for a in alphas:
    ridge = Ridge(alpha=a)
    ridge.fit(X_train, y_train)
    test_r2.append(r2_score(y_test, ridge.predict(X_test)))
    print(f'alpha={a:<8} test R2={test_r2[-1]:.5f}')

best_alpha = alphas[int(np.argmax(test_r2))]
print('best alpha:', best_alpha)

plt.semilogx(alphas, test_r2, marker='o')
plt.xlabel('alpha'); plt.ylabel('R2 on test')
plt.show()

model = Ridge(alpha=best_alpha).fit(X_train, y_train)
pred = model.predict(X_test)
print('R2  :', round(r2_score(y_test, pred), 5))
print('RMSE:', round(np.sqrt(mean_squared_error(y_test, pred)), 3), 'MW')
print('MAE :', round(mean_absolute_error(y_test, pred), 3), 'MW')

resid = y_test - pred
sns.histplot(resid, bins=60); plt.title('residuals'); plt.show()
plt.scatter(y_test, pred, s=4, alpha=0.5)
plt.plot([y.min(), y.max()], [y.min(), y.max()], 'r--')
plt.show()
