# House prices (Ames) -- gradient boosting on cleaned data
# Based on a popular "comprehensive data exploration" style kernel.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("../input/train.csv")

# ---------------- missing values ----------------
missing = df.isnull().sum().sort_values(ascending=False)
print(missing[missing > 0])

# categorical "NA" means "feature absent"
none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu",
             "GarageType", "GarageFinish", "GarageQual", "GarageCond",
             "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1", "BsmtFinType2",
             "MasVnrType"]
for c in none_cols:
    df[c] = df[c].fillna("None")

# numeric columns: fill with the column mean
num_cols = df.select_dtypes(include=[np.number]).columns.drop(["Id", "SalePrice"])
df[num_cols] = df[num_cols].fillna(df[num_cols].mean())
df["Electrical"] = df["Electrical"].fillna("SBrkr")

# ---------------- features ----------------
df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["Age"] = df["YrSold"] - df["YearBuilt"]
qual_map = {"Ex": 5, "Gd": 4, "TA": 3, "Fa": 2, "Po": 1, "None": 0}
for c in ["ExterQual", "KitchenQual", "BsmtQual", "FireplaceQu", "GarageQual"]:
    df[c] = df[c].map(qual_map).fillna(0)

df = pd.get_dummies(df, drop_first=True)

y = np.log1p(df["SalePrice"])
X = df.drop(columns=["Id", "SalePrice"])

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2,
                                                      random_state=0)

gbr = GradientBoostingRegressor(n_estimators=1500, learning_rate=0.03,
                                max_depth=3, subsample=0.8,
                                max_features="sqrt", random_state=0)
gbr.fit(X_train, y_train)

dummy = DummyRegressor().fit(X_train, y_train)
rmse = lambda a, b: np.sqrt(mean_squared_error(a, b))
print("DummyRegressor RMSE:", round(rmse(y_valid, dummy.predict(X_valid)), 4))
print("GBR RMSE           :", round(rmse(y_valid, gbr.predict(X_valid)), 4))
