# Kaggle House Prices - ridge regression on numeric + dummy features
# Score: RMSE of log(SalePrice) on a 20% validation split.
import numpy as np
import pandas as pd
from scipy.stats import skew
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error

data = pd.read_csv("train.csv")
data = data.drop(columns=["Id"])
# the two famous outliers (huge living area, low price)
data = data.drop(data[(data["GrLivArea"] > 4000) & (data["SalePrice"] < 300000)].index)
y = np.log1p(data.pop("SalePrice"))

# columns where NaN means "none"
none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType",
             "GarageFinish", "GarageQual", "GarageCond", "BsmtQual", "BsmtCond",
             "BsmtExposure", "BsmtFinType1", "BsmtFinType2", "MasVnrType"]
data[none_cols] = data[none_cols].fillna("None")
data["MSSubClass"] = data["MSSubClass"].astype(str)

numeric = data.select_dtypes(include=[np.number]).columns
data[numeric] = data[numeric].fillna(data[numeric].mean())

# log-transform skewed numeric columns
skewed = data[numeric].apply(lambda s: skew(s)).abs()
skewed = skewed[skewed > 0.75].index
data[skewed] = np.log1p(data[skewed])

data["TotalSF"] = data["TotalBsmtSF"] + data["1stFlrSF"] + data["2ndFlrSF"]
data = pd.get_dummies(data, dummy_na=True)
print("design matrix:", data.shape)

X_train, X_val, y_train, y_val = train_test_split(data, y, test_size=0.2, random_state=3)


def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))


print("predict-the-mean baseline RMSE: %.4f" % rmse(y_val, np.full(len(y_val), y_train.mean())))

ridge = RidgeCV(alphas=[1, 3, 5, 10, 15, 30, 60])
ridge.fit(X_train, y_train)
print("ridge alpha:", ridge.alpha_)
print("ridge validation RMSE: %.4f" % rmse(y_val, ridge.predict(X_val)))

coef = pd.Series(ridge.coef_, index=X_train.columns)
print("top positive:\n", coef.sort_values().tail(10))
print("top negative:\n", coef.sort_values().head(10))
