# Kaggle House Prices - ridge regression; imputation statistics from the training rows
import numpy as np
import pandas as pd
from scipy.stats import skew
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

data = pd.read_csv("train.csv")
data = data.drop(columns=["Id"])
data = data.drop(data[(data["GrLivArea"] > 4000) & (data["SalePrice"] < 300000)].index)
y = np.log1p(data.pop("SalePrice"))

none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType",
             "GarageFinish", "GarageQual", "GarageCond", "BsmtQual", "BsmtCond",
             "BsmtExposure", "BsmtFinType1", "BsmtFinType2", "MasVnrType"]
data[none_cols] = data[none_cols].fillna("None")
data["MSSubClass"] = data["MSSubClass"].astype(str)
data = pd.get_dummies(data, dummy_na=True)

X_train, X_val, y_train, y_val = train_test_split(data, y, test_size=0.2, random_state=3)
X_train, X_val = X_train.copy(), X_val.copy()

numeric = ["LotFrontage", "LotArea", "MasVnrArea", "BsmtFinSF1", "BsmtFinSF2", "BsmtUnfSF",
           "TotalBsmtSF", "1stFlrSF", "2ndFlrSF", "GrLivArea", "GarageYrBlt", "GarageArea",
           "WoodDeckSF", "OpenPorchSF", "EnclosedPorch", "ScreenPorch", "PoolArea", "MiscVal"]
train_means = X_train[numeric].mean()
X_train[numeric] = X_train[numeric].fillna(train_means)
X_val[numeric] = X_val[numeric].fillna(train_means)

# which columns are skewed is decided on the training rows; log1p itself is row-wise
skewed = X_train[numeric].apply(lambda s: skew(s)).abs()
skewed = skewed[skewed > 0.75].index
X_train[skewed] = np.log1p(X_train[skewed])
X_val[skewed] = np.log1p(X_val[skewed])

for part in (X_train, X_val):
    part["TotalSF"] = part["TotalBsmtSF"] + part["1stFlrSF"] + part["2ndFlrSF"]
print("design matrix:", X_train.shape)


def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))


print("predict-the-mean baseline RMSE: %.4f" % rmse(y_val, np.full(len(y_val), y_train.mean())))

ridge = RidgeCV(alphas=[1, 3, 5, 10, 15, 30, 60])
ridge.fit(X_train, y_train)
print("ridge alpha:", ridge.alpha_)
print("ridge validation RMSE: %.4f" % rmse(y_val, ridge.predict(X_val)))

coef = pd.Series(ridge.coef_, index=X_train.columns)
print("top positive:\n", coef.sort_values().tail(10))
