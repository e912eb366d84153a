"""
House Prices - Advanced Regression Techniques
Ridge regression on the numeric features + a few one-hot categoricals.

Data: https://www.kaggle.com/c/house-prices-advanced-regression-techniques
Run:  python ag01_house_prices_ridge.py
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 42
DATA_PATH = "data/train.csv"

df = pd.read_csv(DATA_PATH)
print("shape:", df.shape)
print(df["SalePrice"].describe())

# drop the two famous outliers (huge GrLivArea, tiny price)
df = df[~((df["GrLivArea"] > 4000) & (df["SalePrice"] < 300000))].reset_index(drop=True)

# target is skewed -> model log price
y = np.log1p(df["SalePrice"])

num_cols = [
    "LotArea", "OverallQual", "OverallCond", "YearBuilt", "YearRemodAdd",
    "MasVnrArea", "TotalBsmtSF", "1stFlrSF", "2ndFlrSF", "GrLivArea",
    "FullBath", "HalfBath", "BedroomAbvGr", "TotRmsAbvGrd", "Fireplaces",
    "GarageCars", "GarageArea", "WoodDeckSF", "OpenPorchSF", "LotFrontage",
]
cat_cols = ["MSZoning", "Neighborhood", "BldgType", "HouseStyle", "KitchenQual", "SaleCondition"]

X = df[num_cols + cat_cols].copy()
X["TotalSF"] = X["TotalBsmtSF"].fillna(0) + X["1stFlrSF"] + X["2ndFlrSF"]
X["Age"] = 2010 - X["YearBuilt"]
X = pd.get_dummies(X, columns=cat_cols, drop_first=True)
print("features after dummies:", X.shape[1])

# impute + scale everything so ridge penalty treats features equally
imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
X_imp = imputer.fit_transform(X)
X_scaled = scaler.fit_transform(X_imp)

X_train, X_test, y_train, y_test = train_test_split(
    X_scaled, y, test_size=0.2, random_state=RANDOM_STATE
)

def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))

# baseline: always predict the mean log price
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
print(f"Baseline RMSE (log): {rmse(y_test, dummy.predict(X_test)):.4f}")

for alpha in [10.0]:
    model = Ridge(alpha=alpha)
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"Ridge alpha={alpha}: RMSE (log) = {rmse(y_test, pred):.4f}, R2 = {r2_score(y_test, pred):.4f}")

# top coefficients, just to sanity check
coefs = pd.Series(model.coef_, index=X.columns).sort_values()
print("most negative:\n", coefs.head(5))
print("most positive:\n", coefs.tail(5))
