# %% [markdown]
# # House prices - pipeline with ColumnTransformer

# %%
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_val_score

train = pd.read_csv("/kaggle/input/house-prices-advanced-regression-techniques/train.csv")
test = pd.read_csv("/kaggle/input/house-prices-advanced-regression-techniques/test.csv")

# %%
train.info()
train.describe().T

# %%
corr = train.select_dtypes("number").corr()
corr["SalePrice"].sort_values(ascending=False).head(15)

# %%
df_all = pd.concat([train, test], sort=False)
df_all["Age"] = df_all["YrSold"] - df_all["YearBuilt"]
df_all["TotalBath"] = df_all["FullBath"] + 0.5 * df_all["HalfBath"]
df_all["LogLotArea"] = np.log1p(df_all["LotArea"])
df_all["MSSubClass"] = df_all["MSSubClass"].astype(str)
train = df_all[df_all["SalePrice"].notnull()]
test = df_all[df_all["SalePrice"].isnull()]

# %%
y = np.log1p(train["SalePrice"])
X = train.drop(["Id", "SalePrice"], axis=1)
num = X.select_dtypes(include="number").columns
cat = X.select_dtypes(exclude="number").columns

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), cat),
])
model = Pipeline([("pre", pre), ("ridge", Ridge(alpha=10))])

# %%
cv = KFold(5, shuffle=True, random_state=0)
scores = -cross_val_score(model, X, y, cv=cv, scoring="neg_root_mean_squared_error")
base = -cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_root_mean_squared_error")
print(f"Ridge RMSE {scores.mean():.4f} vs mean baseline {base.mean():.4f}")

# %%
model.fit(X, y)
pred = np.expm1(model.predict(test.drop(["Id", "SalePrice"], axis=1)))
pd.DataFrame({"Id": test["Id"].astype(int), "SalePrice": pred}).to_csv("submission.csv", index=False)
