# House Prices - Advanced Regression Techniques
# XGBoost on the full training data + submission

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import xgboost as xgb
from sklearn.metrics import mean_squared_error, r2_score

train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")
print("train:", train.shape, "test:", test.shape)

y = np.log1p(train["SalePrice"])
n_train = len(train)
all_data = pd.concat([train.drop(columns=["SalePrice"]), test], axis=0, ignore_index=True)
test_ids = test["Id"]
all_data = all_data.drop(columns=["Id"])

# ---------------------------------------------------------------- missing values
none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType",
             "GarageFinish", "GarageQual", "GarageCond", "BsmtQual", "BsmtCond",
             "BsmtExposure", "BsmtFinType1", "BsmtFinType2", "MasVnrType"]
for c in none_cols:
    all_data[c] = all_data[c].fillna("None")

zero_cols = ["GarageYrBlt", "GarageArea", "GarageCars", "BsmtFinSF1", "BsmtFinSF2",
             "BsmtUnfSF", "TotalBsmtSF", "BsmtFullBath", "BsmtHalfBath", "MasVnrArea"]
for c in zero_cols:
    all_data[c] = all_data[c].fillna(0)

all_data["LotFrontage"] = all_data.groupby("Neighborhood")["LotFrontage"].transform(
    lambda s: s.fillna(s.median()))

for c in all_data.columns[all_data.isnull().any()]:
    if all_data[c].dtype == "object":
        all_data[c] = all_data[c].fillna(all_data[c].mode()[0])
    else:
        all_data[c] = all_data[c].fillna(all_data[c].median())

print("remaining NaN:", all_data.isnull().sum().sum())

# ---------------------------------------------------------------- features
all_data["TotalSF"] = all_data["TotalBsmtSF"] + all_data["1stFlrSF"] + all_data["2ndFlrSF"]
all_data["HouseAge"] = all_data["YrSold"] - all_data["YearBuilt"]
all_data["TotalPorch"] = (all_data["OpenPorchSF"] + all_data["EnclosedPorch"]
                          + all_data["3SsnPorch"] + all_data["ScreenPorch"])
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)

all_data = pd.get_dummies(all_data, dtype=float)
print("design matrix:", all_data.shape)

X = all_data.iloc[:n_train]
X_test = all_data.iloc[n_train:]

# ---------------------------------------------------------------- model
model = xgb.XGBRegressor(
    n_estimators=3000,
    learning_rate=0.01,
    max_depth=4,
    min_child_weight=2,
    subsample=0.7,
    colsample_bytree=0.5,
    reg_lambda=1.0,
    random_state=0,
)
model.fit(X, y)

train_pred = model.predict(X)
rmse = np.sqrt(mean_squared_error(y, train_pred))
print(f"RMSE (log SalePrice): {rmse:.4f}")
print(f"R^2: {r2_score(y, train_pred):.4f}")

fig, ax = plt.subplots(figsize=(6, 6))
ax.scatter(y, train_pred, s=5, alpha=0.5)
ax.plot([y.min(), y.max()], [y.min(), y.max()], "r--")
ax.set_xlabel("actual log price")
ax.set_ylabel("predicted log price")
plt.show()

xgb.plot_importance(model, max_num_features=20, importance_type="gain", height=0.5)
plt.show()

preds = np.expm1(model.predict(X_test))
submission = pd.DataFrame({"Id": test_ids, "SalePrice": preds})
submission.to_csv("submission.csv", index=False)
print(submission.describe())
