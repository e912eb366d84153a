# House Prices (Kaggle "train.csv") - regularised linear models on the numeric columns
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import LassoCV, RidgeCV, ElasticNetCV

houses = pd.read_csv("train.csv")
print(houses.shape)

# price is right-skewed -> model log price
print("skew before:", stats.skew(houses["SalePrice"]))
houses["SalePrice_log"] = np.log1p(houses["SalePrice"])
print("skew after:", stats.skew(houses["SalePrice_log"]))

# size features
houses["TotalSF"] = houses["TotalBsmtSF"] + houses["1stFlrSF"] + houses["2ndFlrSF"]
houses["TotalPorch"] = houses[["OpenPorchSF", "EnclosedPorch", "3SsnPorch", "ScreenPorch", "WoodDeckSF"]].sum(axis=1)
houses["HouseAge"] = houses["YrSold"] - houses["YearBuilt"]
houses["Remodeled"] = (houses["YearRemodAdd"] != houses["YearBuilt"]).astype(int)
houses["TotalBaths"] = (houses["FullBath"] + 0.5 * houses["HalfBath"]
                        + houses["BsmtFullBath"] + 0.5 * houses["BsmtHalfBath"])

numeric = houses.select_dtypes(include=[np.number])
print("numeric columns:", numeric.shape[1])

corr = numeric.corr()["SalePrice"].sort_values(ascending=False)
print(corr.head(15))
print(corr.tail(5))

y = houses["SalePrice_log"]
X = numeric.drop(columns=["Id", "SalePrice"])

# log-transform the skewed size variables (row-wise)
for c in ["LotArea", "GrLivArea", "TotalSF", "1stFlrSF", "MasVnrArea", "TotalPorch"]:
    X[c] = np.log1p(X[c])

kf = KFold(n_splits=5, shuffle=True, random_state=42)
alphas = np.logspace(-4, 1, 40)

models = {
    "ridge": make_pipeline(SimpleImputer(strategy="median"), RobustScaler(), RidgeCV(alphas=alphas)),
    "lasso": make_pipeline(SimpleImputer(strategy="median"), RobustScaler(),
                           LassoCV(alphas=alphas, max_iter=50000, cv=5)),
    "enet": make_pipeline(SimpleImputer(strategy="median"), RobustScaler(),
                          ElasticNetCV(alphas=alphas, l1_ratio=[0.2, 0.5, 0.8], max_iter=50000, cv=5)),
}

for name, model in models.items():
    rmse = np.sqrt(-cross_val_score(model, X, y, cv=kf, scoring="neg_mean_squared_error"))
    print(f"{name:6s} CV RMSE(log) = {rmse.mean():.4f} +/- {rmse.std():.4f}")

lasso = models["lasso"].fit(X, y)
coefs = pd.Series(lasso[-1].coef_, index=X.columns)
print("lasso kept", (coefs != 0).sum(), "of", len(coefs))
print(coefs[coefs != 0].abs().sort_values(ascending=False).head(15))
