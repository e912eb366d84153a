# House prices - quick LightGBM on the numeric columns
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

df = pd.read_csv("../input/house-prices-advanced-regression-techniques/train.csv")
print(df.shape)

# a few obvious engineered columns
df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["Age"] = df["YrSold"] - df["YearBuilt"]
df["Remodeled"] = (df["YearRemodAdd"] != df["YearBuilt"]).astype(int)
df["TotalBaths"] = df["FullBath"] + 0.5 * df["HalfBath"] + df["BsmtFullBath"] + 0.5 * df["BsmtHalfBath"]

quality = {"Ex": 5, "Gd": 4, "TA": 3, "Fa": 2, "Po": 1}
for col in ["ExterQual", "ExterCond", "KitchenQual", "BsmtQual", "FireplaceQu", "GarageQual"]:
    df[col + "_num"] = df[col].map(quality)

# price is skewed, look at it on the log scale
df["LogSalePrice"] = np.log1p(df["SalePrice"])
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
axes[0].hist(df["LogSalePrice"], bins=50)
axes[0].set_title("log(1 + SalePrice)")
axes[1].scatter(df["TotalSF"], df["LogSalePrice"], s=5)
axes[1].set_xlabel("TotalSF")
plt.show()

print(df.select_dtypes(include=[np.number]).corr()["SalePrice"].sort_values(ascending=False).head(12))

# LightGBM deals with NaN natively, so just take the numeric block
X = df.select_dtypes(include=[np.number]).drop(columns=["Id", "SalePrice"])
y = df["LogSalePrice"]
print("n features:", X.shape[1])

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=10)

model = lgb.LGBMRegressor(
    n_estimators=2000,
    learning_rate=0.01,
    num_leaves=15,
    min_child_samples=10,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.5,
    reg_lambda=1.0,
    random_state=10,
    verbose=-1,
)
model.fit(X_train, y_train)

pred = model.predict(X_valid)
rmse_log = mean_squared_error(y_valid, pred) ** 0.5
mae = mean_absolute_error(np.expm1(y_valid), np.expm1(pred))
print(f"validation RMSE (log): {rmse_log:.4f}")
print(f"validation MAE ($):    {mae:,.0f}")
print(f"validation R2 (log):   {r2_score(y_valid, pred):.4f}")

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.head(25).sort_values().plot(kind="barh", figsize=(7, 8), title="LightGBM split importance")
plt.tight_layout()
plt.show()

resid = np.expm1(y_valid) - np.expm1(pred)
plt.hist(resid, bins=50)
plt.title("validation residuals ($)")
plt.show()
