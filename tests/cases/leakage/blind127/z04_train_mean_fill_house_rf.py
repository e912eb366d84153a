"""
House price regression - random forest in a few lines.
Split first, fill the gaps with the training averages, compare with a mean predictor.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("housing.csv")
print(df.shape)
print(df.head())
print(df.isna().sum())

df = pd.get_dummies(df, columns=["ocean_proximity"], drop_first=True)

X = df.drop("median_house_value", axis=1)
y = df["median_house_value"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

train_means = X_train.mean(numeric_only=True)
X_train = X_train.fillna(train_means)
X_test = X_test.fillna(train_means)

rf = RandomForestRegressor(n_estimators=200, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

mean_model = DummyRegressor(strategy="mean").fit(X_train, y_train)
base = mean_model.predict(X_test)

print("RF    MAE:", mean_absolute_error(y_test, pred), "R2:", r2_score(y_test, pred))
print("Mean  MAE:", mean_absolute_error(y_test, base), "R2:", r2_score(y_test, base))

importances = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values()
importances.tail(10).plot(kind="barh", figsize=(8, 5), title="Top features")
plt.tight_layout()
plt.show()

plt.scatter(y_test, pred, s=4, alpha=0.4)
plt.xlabel("actual")
plt.ylabel("predicted")
plt.show()
