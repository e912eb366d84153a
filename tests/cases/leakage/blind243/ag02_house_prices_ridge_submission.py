"""
House Prices - Advanced Regression Techniques
Ridge regression on the numeric features + a few one-hot categoricals.

Data: https://www.kaggle.com/c/house-prices-advanced-regression-techniques
Run:  python ag02_house_prices_ridge_submission.py
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
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

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=RANDOM_STATE
)

# impute + scale inside the pipeline so they only learn from the training rows
model = make_pipeline(
    SimpleImputer(strategy="median"),
    StandardScaler(),
    Ridge(alpha=10.0),
)

def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))

# baseline: always predict the mean log price
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
print(f"Baseline RMSE (log): {rmse(y_test, dummy.predict(X_test)):.4f}")

model.fit(X_train, y_train)
pred = model.predict(X_test)
print(f"Ridge alpha=10: RMSE (log) = {rmse(y_test, pred):.4f}, R2 = {r2_score(y_test, pred):.4f}")

# top coefficients, just to sanity check
coefs = pd.Series(model[-1].coef_, index=X.columns).sort_values()
print("most negative:\n", coefs.head(5))
print("most positive:\n", coefs.tail(5))

# happy with the holdout number -> refit on every labelled row for the submission model
final_model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), Ridge(alpha=10.0))
final_model.fit(X, y)
test_df = pd.read_csv("data/test.csv")
X_sub = test_df[num_cols + cat_cols].copy()
X_sub["TotalSF"] = X_sub["TotalBsmtSF"].fillna(0) + X_sub["1stFlrSF"] + X_sub["2ndFlrSF"]
X_sub["Age"] = 2010 - X_sub["YearBuilt"]
X_sub = pd.get_dummies(X_sub, columns=cat_cols, drop_first=True).reindex(columns=X.columns, fill_value=0)
sub = pd.DataFrame({"Id": test_df["Id"], "SalePrice": np.expm1(final_model.predict(X_sub))})
sub.to_csv("submission.csv", index=False)
print("wrote submission.csv")
