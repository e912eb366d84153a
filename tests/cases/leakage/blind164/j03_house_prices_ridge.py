"""House Prices (Kaggle: Advanced Regression Techniques) - ridge regression on log price.

Run: python j03_house_prices_ridge.py  (expects train.csv / test.csv from the competition)
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "test", test.shape)

# drop the two famous outliers (huge GrLivArea, low price)
train = train[~((train["GrLivArea"] > 4000) & (train["SalePrice"] < 300000))].reset_index(drop=True)

y = np.log1p(train["SalePrice"])
train_ids = train["Id"]
test_ids = test["Id"]

NUMERIC = [
    "LotFrontage", "LotArea", "OverallQual", "OverallCond", "YearBuilt", "YearRemodAdd",
    "MasVnrArea", "BsmtFinSF1", "TotalBsmtSF", "1stFlrSF", "2ndFlrSF", "GrLivArea",
    "FullBath", "HalfBath", "BedroomAbvGr", "TotRmsAbvGrd", "Fireplaces", "GarageCars",
    "GarageArea", "WoodDeckSF", "OpenPorchSF", "YrSold",
]
CATEG = ["MSZoning", "Neighborhood", "BldgType", "HouseStyle", "KitchenQual", "CentralAir", "SaleCondition"]


def engineer(frame):
    out = frame[NUMERIC + CATEG].copy()
    out["HouseAge"] = out["YrSold"] - out["YearBuilt"]
    out["TotalSF"] = out["TotalBsmtSF"].fillna(0) + out["1stFlrSF"] + out["2ndFlrSF"]
    for col in ["LotArea", "GrLivArea", "TotalSF"]:
        out[col] = np.log1p(out[col])
    for col in CATEG:
        out[col] = out[col].fillna("Missing")
    return out


X_all = engineer(train)
X_sub = engineer(test)

# one-hot on train+test together so the columns line up (no statistics involved)
both = pd.get_dummies(pd.concat([X_all, X_sub], keys=["tr", "te"]), columns=CATEG)
X_all, X_sub = both.loc["tr"], both.loc["te"]

X_tr, X_va, y_tr, y_va = train_test_split(X_all, y, test_size=0.2, random_state=42)

# impute with medians learned on the training part only
medians = X_tr.median()
X_tr = X_tr.fillna(medians)
X_va = X_va.fillna(medians)

num_feats = [c for c in X_tr.columns if c in NUMERIC or c in ("HouseAge", "TotalSF")]
scaler = StandardScaler().fit(X_tr[num_feats])
X_tr.loc[:, num_feats] = scaler.transform(X_tr[num_feats])
X_va.loc[:, num_feats] = scaler.transform(X_va[num_feats])

model = RidgeCV(alphas=np.logspace(-2, 3, 30))
model.fit(X_tr, y_tr)
rmse = np.sqrt(mean_squared_error(y_va, model.predict(X_va)))

mean_pred = np.full(len(y_va), y_tr.mean())
rmse_mean = np.sqrt(mean_squared_error(y_va, mean_pred))
print(f"alpha={model.alpha_:.3f}")
print(f"validation RMSE (log price): ridge {rmse:.4f} vs predict-the-mean baseline {rmse_mean:.4f}")

# refit on everything for the submission
X_full = X_all.fillna(X_all.median())
X_test_f = X_sub.fillna(X_all.median())
scaler_full = StandardScaler().fit(X_full[num_feats])
X_full.loc[:, num_feats] = scaler_full.transform(X_full[num_feats])
X_test_f.loc[:, num_feats] = scaler_full.transform(X_test_f[num_feats])
final = RidgeCV(alphas=np.logspace(-2, 3, 30)).fit(X_full, y)
pd.DataFrame({"Id": test_ids, "SalePrice": np.expm1(final.predict(X_test_f))}).to_csv(
    "submission.csv", index=False
)
print("wrote submission.csv")
