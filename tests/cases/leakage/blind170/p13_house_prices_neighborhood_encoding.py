# Ames housing: LightGBM with target-encoded categoricals
import category_encoders as ce
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
df = df.drop(columns=["Id"])

# --- cleaning -------------------------------------------------------------
df["LotFrontage"] = df["LotFrontage"].fillna(0)
df["MasVnrArea"] = df["MasVnrArea"].fillna(0)
df["GarageYrBlt"] = df["GarageYrBlt"].fillna(df["YearBuilt"])
for c in df.select_dtypes("object"):
    df[c] = df[c].fillna("missing")

# --- engineered features ------------------------------------------------------
df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["TotalBath"] = df["FullBath"] + 0.5 * df["HalfBath"] + df["BsmtFullBath"] + 0.5 * df["BsmtHalfBath"]
df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
df["IsNew"] = (df["YearBuilt"] == df["YrSold"]).astype(int)

y = np.log1p(df["SalePrice"])
X = df.drop(columns=["SalePrice"])

high_card = ["Neighborhood", "Exterior1st", "Exterior2nd", "MSSubClass", "Condition1", "SaleType"]
X["MSSubClass"] = X["MSSubClass"].astype(str)

# smoothed mean encoding for the high-cardinality columns
encoder = ce.TargetEncoder(cols=high_card, smoothing=10, min_samples_leaf=5)
X = encoder.fit_transform(X, y)

# remaining low-cardinality object columns -> category dtype for LightGBM
for c in X.select_dtypes("object"):
    X[c] = X[c].astype("category")

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)

params = dict(
    n_estimators=1500,
    learning_rate=0.02,
    num_leaves=15,
    min_child_samples=10,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.6,
    reg_lambda=1.0,
    random_state=17,
    verbose=-1,
)
model = lgb.LGBMRegressor(**params)
model.fit(X_train, y_train)

pred = model.predict(X_test)
rmse_log = np.sqrt(mean_squared_error(y_test, pred))
mae_dollars = mean_absolute_error(np.expm1(y_test), np.expm1(pred))
print(f"RMSE (log scale): {rmse_log:.4f}")
print(f"MAE  ($)        : {mae_dollars:,.0f}")

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(20))
