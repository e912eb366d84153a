# House Prices - gradient boosting with a neighbourhood price level feature
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score

train = pd.read_csv("../input/house-prices-advanced-regression-techniques/train.csv")
test = pd.read_csv("../input/house-prices-advanced-regression-techniques/test.csv")
train = train[train["GrLivArea"] < 4500].reset_index(drop=True)
y = np.log1p(train["SalePrice"])

# location is everything: typical (log) price per neighbourhood and per neighbourhood x building type
nbhd_level = train.groupby("Neighborhood")["SalePrice"].median().apply(np.log1p)
nbhd_bldg_level = train.groupby(["Neighborhood", "BldgType"])["SalePrice"].median().apply(np.log1p)
print(nbhd_level.sort_values().tail(8))

n = len(train)
df = pd.concat([train.drop(columns="SalePrice"), test], ignore_index=True)
df["NbhdLevel"] = df["Neighborhood"].map(nbhd_level)
df["NbhdBldgLevel"] = [nbhd_bldg_level.get((a, b), np.nan) for a, b in zip(df["Neighborhood"], df["BldgType"])]
df["NbhdBldgLevel"] = df["NbhdBldgLevel"].fillna(df["NbhdLevel"])

# plain row-wise features
for c in ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType", "GarageFinish",
          "GarageQual", "GarageCond", "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1",
          "BsmtFinType2", "MasVnrType"]:
    df[c] = df[c].fillna("None")
num_cols = df.select_dtypes("number").columns.drop("Id")
df[num_cols] = df[num_cols].fillna(0)
df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["Age"] = df["YrSold"] - df["YearBuilt"]
df["Baths"] = df["FullBath"] + 0.5 * df["HalfBath"] + df["BsmtFullBath"] + 0.5 * df["BsmtHalfBath"]
qual_map = {"None": 0, "Po": 1, "Fa": 2, "TA": 3, "Gd": 4, "Ex": 5}
for c in ["ExterQual", "ExterCond", "BsmtQual", "BsmtCond", "HeatingQC", "KitchenQual", "FireplaceQu",
          "GarageQual", "GarageCond", "PoolQC"]:
    df[c] = df[c].fillna("None").map(qual_map)
df = pd.get_dummies(df, columns=df.select_dtypes("object").columns.tolist(), dummy_na=True, dtype=np.uint8)

X = df.iloc[:n].drop(columns="Id")
X_test = df.iloc[n:].drop(columns="Id")

cv = KFold(n_splits=5, shuffle=True, random_state=3)
gbr = GradientBoostingRegressor(n_estimators=1500, learning_rate=0.02, max_depth=3, subsample=0.8,
                                max_features="sqrt", min_samples_leaf=10, loss="huber", random_state=3)
rmse = -cross_val_score(gbr, X, y, cv=cv, scoring="neg_root_mean_squared_error")
rmse_dummy = -cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_root_mean_squared_error")
print(f"GBR RMSE (log): {rmse.mean():.4f} +/- {rmse.std():.4f}")
print(f"mean baseline : {rmse_dummy.mean():.4f}")

gbr.fit(X, y)
pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(gbr.predict(X_test))}).to_csv("submission.csv", index=False)
