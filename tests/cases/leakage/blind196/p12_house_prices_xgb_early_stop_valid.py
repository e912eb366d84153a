# House Prices - XGBoost regressor with early stopping on a validation split
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

y = np.log1p(train["SalePrice"])
n_train = len(train)

# one frame for consistent dummy columns between train.csv and test.csv
all_data = pd.concat([train.drop(columns=["SalePrice"]), test], axis=0, ignore_index=True)
all_data = all_data.drop(columns=["Id"])

# NA means "no such feature" for these columns
none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu",
             "GarageType", "GarageFinish", "GarageQual", "GarageCond",
             "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1",
             "BsmtFinType2", "MasVnrType"]
for c in none_cols:
    all_data[c] = all_data[c].fillna("None")

# a couple of hand-made features
all_data["TotalSF"] = all_data["TotalBsmtSF"].fillna(0) + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
all_data["HouseAge"] = all_data["YrSold"] - all_data["YearBuilt"]
all_data["RemodAge"] = all_data["YrSold"] - all_data["YearRemodAdd"]
all_data["TotalBath"] = (all_data["FullBath"] + 0.5 * all_data["HalfBath"]
                         + all_data["BsmtFullBath"].fillna(0)
                         + 0.5 * all_data["BsmtHalfBath"].fillna(0))
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)

all_data = pd.get_dummies(all_data, dummy_na=False)
print("design matrix:", all_data.shape)

X = all_data.iloc[:n_train]
X_kaggle = all_data.iloc[n_train:]

# train / validation (early stopping) / test (reported once)
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.2, random_state=42)

dummy = DummyRegressor(strategy="median").fit(X_train, y_train)
base_rmse = np.sqrt(mean_squared_error(y_test, dummy.predict(X_test)))
print(f"baseline (median price) RMSE: {base_rmse:.4f}")

model = xgb.XGBRegressor(
    n_estimators=5000,
    learning_rate=0.02,
    max_depth=4,
    subsample=0.7,
    colsample_bytree=0.5,
    min_child_weight=2,
    reg_lambda=1.0,
    early_stopping_rounds=200,
    eval_metric="rmse",
    random_state=42,
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=500)
print("best iteration:", model.best_iteration)

pred = model.predict(X_test)
rmse = np.sqrt(mean_squared_error(y_test, pred))
print(f"XGBoost test RMSE (log): {rmse:.4f}")
print(f"XGBoost test R2: {r2_score(y_test, pred):.4f}")

sub = pd.DataFrame({"Id": test["Id"], "SalePrice": np.expm1(model.predict(X_kaggle))})
sub.to_csv("submission.csv", index=False)
