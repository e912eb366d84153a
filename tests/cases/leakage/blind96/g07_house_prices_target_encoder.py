# House Prices: Advanced Regression Techniques
# Gradient boosting on target-encoded categoricals.
# Run: python g07_house_prices_target_encoder.py  (expects train.csv / test.csv from Kaggle)

import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

SEED = 2024

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "test", test.shape)

# De Cock (the dataset author) recommends dropping houses above 4000 sq ft of living area
train = train[train["GrLivArea"] < 4000].reset_index(drop=True)

y = np.log1p(train["SalePrice"])
train_ids = train["Id"]
test_ids = test["Id"]
train = train.drop(columns=["Id", "SalePrice"])
test = test.drop(columns=["Id"])


def engineer(df):
    df = df.copy()
    df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
    df["TotalBath"] = (df["FullBath"] + 0.5 * df["HalfBath"]
                       + df["BsmtFullBath"].fillna(0) + 0.5 * df["BsmtHalfBath"].fillna(0))
    df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
    df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
    df["HasPool"] = (df["PoolArea"] > 0).astype(int)
    df["MSSubClass"] = df["MSSubClass"].astype(str)
    return df


train = engineer(train)
test = engineer(test)

cat_cols = train.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in train.columns if c not in cat_cols]

# missing categorical usually means "feature not present"
for frame in (train, test):
    frame[cat_cols] = frame[cat_cols].fillna("None")
    frame[num_cols] = frame[num_cols].fillna(0)

print("quick look at correlations with the (log) price:")
print(train[num_cols].corrwith(y).sort_values(ascending=False).head(10))

# target encoding for the 40+ categorical columns (one-hot would blow up the feature count)
encoder = ce.TargetEncoder(cols=cat_cols, smoothing=10)
X_all = encoder.fit_transform(train, y)
X_sub = encoder.transform(test)

X_train, X_valid, y_train, y_valid = train_test_split(X_all, y, test_size=0.2, random_state=SEED)

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
rmse_base = mean_squared_error(y_valid, baseline.predict(X_valid)) ** 0.5
print(f"baseline RMSE (log): {rmse_base:.4f}")

gbr = GradientBoostingRegressor(n_estimators=1500, learning_rate=0.02, max_depth=3,
                                subsample=0.8, max_features="sqrt", random_state=SEED)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_valid)
rmse = mean_squared_error(y_valid, pred) ** 0.5
print(f"GBR RMSE (log): {rmse:.4f}   R2: {r2_score(y_valid, pred):.4f}")

imp = pd.Series(gbr.feature_importances_, index=X_all.columns).sort_values(ascending=False)
print(imp.head(15))

# refit on everything and write the submission
gbr.fit(X_all, y)
submission = pd.DataFrame({"Id": test_ids, "SalePrice": np.expm1(gbr.predict(X_sub))})
submission.to_csv("submission.csv", index=False)
print("saved submission.csv", submission.shape)
