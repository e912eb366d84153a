# House prices: log target, one-hot with get_dummies, imputer fitted on train.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LassoCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler

df = pd.read_csv("../input/train.csv")
df = df.drop(df[(df["GrLivArea"] > 4000) & (df["SalePrice"] < 300000)].index)

# "NA" = absent for these categoricals; constant fill is not learned from data
for c in ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu",
          "GarageType", "GarageFinish", "BsmtQual", "BsmtExposure"]:
    df[c] = df[c].fillna("None")
for c in ["GarageArea", "GarageCars", "TotalBsmtSF", "MasVnrArea"]:
    df[c] = df[c].fillna(0)

# row-wise transforms only
df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["LogLotArea"] = np.log1p(df["LotArea"])
df["LogGrLivArea"] = np.log1p(df["GrLivArea"])
df["MSSubClass"] = df["MSSubClass"].astype(str)

y = np.log1p(df["SalePrice"])
X = pd.get_dummies(df.drop(columns=["Id", "SalePrice"]), dummy_na=False)
print("design matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0)

imp = SimpleImputer(strategy="median").fit(X_train)
scaler = RobustScaler().fit(imp.transform(X_train))
Xtr = scaler.transform(imp.transform(X_train))
Xte = scaler.transform(imp.transform(X_test))

lasso = LassoCV(alphas=np.logspace(-4, -1, 40), cv=5, max_iter=50000, random_state=0)
lasso.fit(Xtr, y_train)

dummy = DummyRegressor(strategy="median").fit(Xtr, y_train)


def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))


print("dummy RMSE:", round(rmse(y_test, dummy.predict(Xte)), 4))
print("lasso RMSE:", round(rmse(y_test, lasso.predict(Xte)), 4))
print("alpha     :", lasso.alpha_)
print("non-zero coefficients:", int((lasso.coef_ != 0).sum()))
