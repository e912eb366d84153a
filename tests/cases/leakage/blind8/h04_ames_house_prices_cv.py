# Ames house prices - linear models with all preprocessing inside a Pipeline
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Ridge, Lasso
from sklearn.model_selection import KFold, cross_val_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# --- EDA -----------------------------------------------------------------
print(train.shape, test.shape)
print(train["SalePrice"].describe())
print("skew of SalePrice:", train["SalePrice"].skew())
num = train.select_dtypes("number")
top_corr = num.corr()["SalePrice"].sort_values(ascending=False)
print("Top correlations with SalePrice (just to look at):")
print(top_corr.head(15))
print(train.groupby("OverallQual")["SalePrice"].median())

# --- cleaning ------------------------------------------------------------
train = train[~((train.GrLivArea > 4000) & (train.SalePrice < 300000))]
y = np.log1p(train["SalePrice"]).values
ntrain = len(train)

all_data = pd.concat([train.drop(columns="SalePrice"), test], ignore_index=True)
ids = all_data.pop("Id")

none_cols = ["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu", "GarageType",
             "GarageFinish", "GarageQual", "GarageCond", "BsmtQual", "BsmtCond",
             "BsmtExposure", "BsmtFinType1", "BsmtFinType2", "MasVnrType"]
all_data[none_cols] = all_data[none_cols].fillna("None")  # NA means "no such thing"

all_data["TotalSF"] = all_data[["TotalBsmtSF", "1stFlrSF", "2ndFlrSF"]].sum(axis=1)
all_data["HouseAge"] = all_data["YrSold"] - all_data["YearBuilt"]
all_data["RemodAge"] = all_data["YrSold"] - all_data["YearRemodAdd"]
all_data["TotalBath"] = (all_data["FullBath"] + 0.5 * all_data["HalfBath"]
                         + all_data["BsmtFullBath"].fillna(0) + 0.5 * all_data["BsmtHalfBath"].fillna(0))
for c in ["LotArea", "GrLivArea", "TotalSF", "1stFlrSF"]:
    all_data[c] = np.log1p(all_data[c])
all_data["MSSubClass"] = all_data["MSSubClass"].astype(str)
all_data = pd.get_dummies(all_data, dummy_na=False)

X = all_data.iloc[:ntrain]
X_test = all_data.iloc[ntrain:]
print("design matrix:", X.shape)

# imputation + scaling are learned inside each CV fold
def make_model(reg):
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), RobustScaler()),
         make_column_selector(dtype_include=np.number)),
        remainder="passthrough",
    )
    return make_pipeline(pre, reg)

kf = KFold(5, shuffle=True, random_state=1)
results = {}
for name, reg in {"ridge": Ridge(alpha=12), "lasso": Lasso(alpha=5e-4, max_iter=50000)}.items():
    pipe = make_model(reg)
    rmse = np.sqrt(-cross_val_score(pipe, X, y, cv=kf, scoring="neg_mean_squared_error"))
    results[name] = rmse.mean()
    print(f"{name:6s} CV RMSE(log) = {rmse.mean():.4f} +/- {rmse.std():.4f}")

best = min(results, key=results.get)
print("best by CV:", best)

final = make_model(Ridge(alpha=12) if best == "ridge" else Lasso(alpha=5e-4, max_iter=50000))
final.fit(X, y)
pred = np.expm1(final.predict(X_test))
pd.DataFrame({"Id": ids.iloc[ntrain:].values, "SalePrice": pred}).to_csv("submission.csv", index=False)
