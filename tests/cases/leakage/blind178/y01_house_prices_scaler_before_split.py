"""House Prices - Advanced Regression Techniques.

Quick ridge regression on the Ames housing data. Standardises every numeric
feature, one-hot encodes the categoricals and reports RMSE on log(SalePrice).
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

DATA = "data/train.csv"


def load():
    df = pd.read_csv(DATA)
    print("shape:", df.shape)
    # the two famous outliers from the dataset documentation
    df = df[~((df["GrLivArea"] > 4000) & (df["SalePrice"] < 300000))]
    return df


def engineer(df):
    df = df.copy()
    df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
    df["Age"] = df["YrSold"] - df["YearBuilt"]
    df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
    df["TotalBath"] = (df["FullBath"] + 0.5 * df["HalfBath"]
                       + df["BsmtFullBath"].fillna(0)
                       + 0.5 * df["BsmtHalfBath"].fillna(0))
    for col in ["Alley", "PoolQC", "Fence", "MiscFeature", "FireplaceQu",
                "GarageType", "GarageFinish", "BsmtQual", "BsmtExposure"]:
        df[col] = df[col].fillna("None")
    return df


df = engineer(load())
y = np.log1p(df["SalePrice"])
X = df.drop(columns=["Id", "SalePrice"])

num_cols = X.select_dtypes(include=np.number).columns
cat_cols = X.select_dtypes(exclude=np.number).columns

X[num_cols] = X[num_cols].fillna(0)
X = pd.get_dummies(X, columns=list(cat_cols), dummy_na=True)

# put everything on the same scale so the ridge penalty treats features equally
scaler = StandardScaler()
X[num_cols] = scaler.fit_transform(X[num_cols])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42)

model = Ridge(alpha=10.0)
model.fit(X_train, y_train)
pred = model.predict(X_test)

rmse = np.sqrt(mean_squared_error(y_test, pred))
print(f"Test RMSE (log): {rmse:.4f}")
print(f"Test R2: {r2_score(y_test, pred):.4f}")

coefs = pd.Series(model.coef_, index=X.columns).sort_values()
print("most negative:\n", coefs.head(10))
print("most positive:\n", coefs.tail(10))
