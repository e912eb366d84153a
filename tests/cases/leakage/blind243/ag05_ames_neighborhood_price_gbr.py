# Ames housing - gradient boosting with a "neighborhood price level" feature
# My idea: location is the #1 driver of price, so instead of 25 dummy columns
# I give the model one number per neighborhood = the typical price there.

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

train = pd.read_csv("input/train.csv")
test = pd.read_csv("input/test.csv")   # kaggle test, no SalePrice, only for the submission at the end

print(train.shape, test.shape)
print(train.groupby("Neighborhood")["SalePrice"].median().sort_values().tail())

# ---- features ----
def basic_features(d):
    out = pd.DataFrame(index=d.index)
    out["OverallQual"] = d["OverallQual"]
    out["GrLivArea"] = d["GrLivArea"]
    out["TotalSF"] = d["TotalBsmtSF"].fillna(0) + d["1stFlrSF"] + d["2ndFlrSF"]
    out["GarageCars"] = d["GarageCars"].fillna(0)
    out["Baths"] = d["FullBath"] + 0.5 * d["HalfBath"] + d["BsmtFullBath"].fillna(0)
    out["HouseAge"] = d["YrSold"] - d["YearBuilt"]
    out["RemodAge"] = d["YrSold"] - d["YearRemodAdd"]
    out["LotArea"] = np.log1p(d["LotArea"])
    out["HasPool"] = (d["PoolArea"] > 0).astype(int)
    out["KitchenQual"] = d["KitchenQual"].map({"Ex": 4, "Gd": 3, "TA": 2, "Fa": 1}).fillna(2)
    return out

# neighborhood price level (mean log price per neighborhood)
train["logprice"] = np.log(train["SalePrice"])
nbhd_level = train.groupby("Neighborhood")["logprice"].mean()
global_level = train["logprice"].mean()

X = basic_features(train)
X["NbhdLevel"] = train["Neighborhood"].map(nbhd_level)
y = train["logprice"]

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.25, random_state=7)

# baseline = predict the training median for every house
base_pred = np.full(len(y_val), y_tr.median())
print("baseline RMSE(log):", round(np.sqrt(mean_squared_error(y_val, base_pred)), 4))

gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                subsample=0.8, random_state=7)
gbr.fit(X_tr, y_tr)
val_pred = gbr.predict(X_val)
print("GBR RMSE(log):", round(np.sqrt(mean_squared_error(y_val, val_pred)), 4))
print("GBR MAE ($):", round(mean_absolute_error(np.exp(y_val), np.exp(val_pred))))

imp = pd.Series(gbr.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)

# ---- submission ----
X_test = basic_features(test)
X_test["NbhdLevel"] = test["Neighborhood"].map(nbhd_level).fillna(global_level)
pd.DataFrame({"Id": test["Id"], "SalePrice": np.exp(gbr.predict(X_test))}).to_csv("submission.csv", index=False)
