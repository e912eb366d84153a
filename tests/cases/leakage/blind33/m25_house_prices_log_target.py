# House Prices: gradient boosting on log(SalePrice)
# kaggle competitions download -c house-prices-advanced-regression-techniques

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

train = pd.read_csv("train.csv")
print(train.shape)

# --- target: prices are right-skewed, model the log ---------------------------
train["SalePrice_log"] = np.log1p(train["SalePrice"])
print("skew before/after:", round(train["SalePrice"].skew(), 2), round(train["SalePrice_log"].skew(), 2))

# --- some hand-made features (row-wise) ---------------------------------------
train["TotalSF"] = train["TotalBsmtSF"].fillna(0) + train["1stFlrSF"] + train["2ndFlrSF"]
train["HouseAge"] = train["YrSold"] - train["YearBuilt"]
train["RemodAge"] = train["YrSold"] - train["YearRemodAdd"]
train["TotalBath"] = (train["FullBath"] + 0.5 * train["HalfBath"]
                      + train["BsmtFullBath"].fillna(0) + 0.5 * train["BsmtHalfBath"].fillna(0))
train["HasPool"] = (train["PoolArea"] > 0).astype(int)

y = train["SalePrice_log"]
X = train.drop(["Id", "SalePrice"], axis=1)

num_cols = X.select_dtypes(include=np.number).columns.tolist()
cat_cols = X.select_dtypes(exclude=np.number).columns.tolist()
print(len(num_cols), "numeric,", len(cat_cols), "categorical")

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=1)

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                          OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)), cat_cols),
])

model = make_pipeline(prep, HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05,
                                                          max_leaf_nodes=15, random_state=1))
model.fit(X_train, y_train)

pred = model.predict(X_valid)
rmse = np.sqrt(mean_squared_error(y_valid, pred))
baseline_rmse = np.sqrt(mean_squared_error(y_valid, np.full(len(y_valid), y_train.mean())))
print(f"baseline (mean log price) RMSE: {baseline_rmse:.4f}")
print(f"HGB RMSE on log price:          {rmse:.4f}")

err = np.expm1(pred) - np.expm1(y_valid)
print(f"median absolute error in $: {np.median(np.abs(err)):,.0f}")
