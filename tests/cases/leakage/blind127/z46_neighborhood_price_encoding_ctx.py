# Ames house prices - neighborhood price level as a feature + ridge regression

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, r2_score

houses = pd.read_csv("train.csv")
print(houses.shape)
print(houses["SalePrice"].describe())

houses["SalePrice"].hist(bins=60)
plt.title("SalePrice")
plt.show()

# average price per neighborhood and per overall quality level
houses["nbhd_price"] = houses.groupby("Neighborhood")["SalePrice"].transform("mean")
houses["qual_price"] = houses.groupby("OverallQual")["SalePrice"].transform("median")

houses["TotalSF"] = houses["TotalBsmtSF"].fillna(0) + houses["1stFlrSF"] + houses["2ndFlrSF"]
houses["Age"] = houses["YrSold"] - houses["YearBuilt"]

cols = ["nbhd_price", "qual_price", "TotalSF", "Age", "GrLivArea", "GarageCars", "FullBath", "OverallCond"]
X = houses[cols].fillna(0)
y = np.log(houses["SalePrice"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)

ridge = RidgeCV(alphas=np.logspace(-3, 3, 13)).fit(X_train, y_train)
pred = ridge.predict(X_test)

print("alpha:", ridge.alpha_)
print("R2 (log):", round(r2_score(y_test, pred), 4))
print("MAE ($):", round(mean_absolute_error(np.exp(y_test), np.exp(pred)), 0))

plt.scatter(np.exp(y_test), np.exp(pred), s=6)
plt.xlabel("actual")
plt.ylabel("predicted")
plt.show()
